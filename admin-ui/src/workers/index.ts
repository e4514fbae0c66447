import Icon from '@mui/icons-material/Badge';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['name', 'gender', 'birthDate', 'education', 'community', 'position', 'status', 'isReserve'],
});
