import Icon from '@mui/icons-material/ReceiptLong';
import { lazy } from 'react';
import { defineResource } from '../generic/defineResource';
import { ExcelButton, PayrollSummary } from './PayrollLines';

export default {
  ...defineResource({
    icon: Icon,
    group: 'incentives',
    fields: { totals: { show: PayrollSummary } },
    recordButtons: ExcelButton,
    actions: [
      { name: 'draft', on: 'collection', takes: { month: true } },
      { name: 'approve', when: { field: 'status', values: ['draft'] } },
    ],
  }),
  list: lazy(() => import('./PayrollList')),
};
