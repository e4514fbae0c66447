import Icon from '@mui/icons-material/ReceiptLong';
import { defineResource } from '../generic/defineResource';
import { PayrollLines, PayrollTotals } from './PayrollLines';

export default defineResource({
  icon: Icon,
  group: 'incentives',
  columns: ['month', 'payScale', 'headcount', 'status'],
  sort: { field: 'month', order: 'DESC' },
  fields: { lines: { show: PayrollLines }, totals: { show: PayrollTotals } },
  actions: [
    { name: 'draft', on: 'collection', takes: { month: true } },
    { name: 'approve', when: { field: 'status', values: ['draft'] } },
  ],
});
