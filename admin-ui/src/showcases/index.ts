import Icon from '@mui/icons-material/PhotoLibrary';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
