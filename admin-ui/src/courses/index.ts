import Icon from '@mui/icons-material/MenuBook';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
