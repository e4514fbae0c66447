import Icon from '@mui/icons-material/ReceiptLong';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  group: 'incentives',
  actions: [
    { name: 'draft', on: 'collection', takes: { month: true } },
    { name: 'approve', when: { field: 'status', values: ['draft'] } },
  ],
});
