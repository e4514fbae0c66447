import Icon from '@mui/icons-material/Assignment';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['title', 'category', 'community', 'tier', 'points', 'status', 'isUrgent', 'dueAt'],
});
