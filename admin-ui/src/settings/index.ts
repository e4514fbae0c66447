import Icon from '@mui/icons-material/Settings';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
