import Icon from '@mui/icons-material/HowToReg';
import { lazy } from 'react';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['worker', 'program', 'cohort', 'status', 'enrolledAt', 'graduatedAt', 'subsidy'],
  bulkButtons: lazy(() => import('../bulk/GraduateButton')),
});
