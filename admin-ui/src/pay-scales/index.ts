import Icon from '@mui/icons-material/Payments';
import { lazy } from 'react';
import { defineResource } from '../generic/defineResource';
import { PayGridField, PayGridInput } from './PayGrid';

export default {
  ...defineResource({
    icon: Icon,
    fields: { cells: { input: PayGridInput, show: PayGridField } },
    actions: [{ name: 'approve', when: { field: 'status', values: ['draft'] } }],
  }),
  edit: lazy(() => import('./PayScaleEdit')),
};
