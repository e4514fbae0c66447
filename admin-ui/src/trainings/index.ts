import Icon from '@mui/icons-material/School';
import { AttendeeSheetButton } from '../bulk/AttendeeSheetButton';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['title', 'level', 'form', 'theme', 'startDate', 'hours', 'organizer'],
  recordButtons: AttendeeSheetButton,
});
