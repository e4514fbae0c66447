import Icon from '@mui/icons-material/Payments';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  actions: [{ name: 'approve', when: { field: 'status', values: ['draft'] } }],
});
