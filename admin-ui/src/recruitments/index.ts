import Icon from '@mui/icons-material/PersonAdd';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
