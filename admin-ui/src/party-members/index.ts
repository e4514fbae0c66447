import Icon from '@mui/icons-material/Flag';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['name', 'kind', 'community', 'compound', 'partnerUnit', 'workUnit'],
});
