import Icon from '@mui/icons-material/History';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['at', 'actorName', 'action', 'resource', 'recordId'],
});
