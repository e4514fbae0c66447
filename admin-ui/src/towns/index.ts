import Icon from '@mui/icons-material/LocationCity';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
