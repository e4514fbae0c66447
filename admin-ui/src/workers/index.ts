import Icon from '@mui/icons-material/Badge';
import { lazy } from 'react';
import { defineResource } from '../generic/defineResource';

export default {
  ...defineResource({
    icon: Icon,
    columns: ['name', 'gender', 'birthDate', 'education', 'community', 'position', 'status', 'isReserve'],
    bulkButtons: lazy(() => import('./WorkerBulkButtons')),
  }),
  show: lazy(() => import('./WorkerShow')),
};
