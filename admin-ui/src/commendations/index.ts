import Icon from '@mui/icons-material/MilitaryTech';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['year', 'recipientMember', 'recipientUnit', 'kind', 'points', 'status'],
});
