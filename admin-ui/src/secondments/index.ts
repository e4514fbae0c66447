import Icon from '@mui/icons-material/TransferWithinAStation';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['worker', 'targetOrg', 'targetPost', 'appliedAt', 'testScore', 'status'],
  actions: [
    { name: 'test', when: { field: 'status', values: ['applied', 'tested'] }, takes: { testScore: true } },
    { name: 'approve', when: { field: 'status', values: ['tested'] }, takes: { reviewNote: false } },
    { name: 'reject', when: { field: 'status', values: ['tested'] }, takes: { reviewNote: true } },
    { name: 'start', when: { field: 'status', values: ['approved'] }, takes: { startDate: false } },
    {
      name: 'complete',
      when: { field: 'status', values: ['active'] },
      takes: { evaluation: true, endDate: false },
    },
  ],
});
