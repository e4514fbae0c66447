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
  }),
  list: lazy(() => import('./PayrollList')),
};
