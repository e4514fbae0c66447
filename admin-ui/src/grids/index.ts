import Icon from '@mui/icons-material/GridOn';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
