import Icon from '@mui/icons-material/Stars';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['holderMember', 'holderUnit', 'task', 'points', 'kind', 'quarter'],
});
