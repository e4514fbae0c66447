import Icon from '@mui/icons-material/Groups';
import { defineResource } from '../generic/defineResource';

/** The district's self-governing groups: the list a task's source group is chosen from. */
export default defineResource({
  icon: Icon,
});
