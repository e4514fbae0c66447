import Icon from '@mui/icons-material/AccountTree';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
