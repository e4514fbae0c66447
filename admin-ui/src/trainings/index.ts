import Icon from '@mui/icons-material/School';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['title', 'level', 'form', 'theme', 'startDate', 'hours', 'organizer'],
});
