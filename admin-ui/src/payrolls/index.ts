import Icon from '@mui/icons-material/ReceiptLong';
import { lazy } from 'react';
import { defineResource } from '../generic/defineResource';
import { ExcelButton, PayrollLines, PayrollTotals } from './PayrollLines';

export default {
  ...defineResource({
    icon: Icon,
    group: 'incentives',
    fields: { lines: { show: PayrollLines }, totals: { show: PayrollTotals } },
    recordButtons: ExcelButton,
    actions: [
      { name: 'draft', on: 'collection', takes: { month: true } },
      { name: 'approve', when: { field: 'status', values: ['draft'] } },
    ],
  }),
  list: lazy(() => import('./PayrollList')),
};
