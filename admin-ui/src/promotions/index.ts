import Icon from '@mui/icons-material/TrendingUp';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['worker', 'fromStage', 'toStage', 'date', 'status'],
  actions: [
    { name: 'approve', when: { field: 'status', values: ['proposed'] } },
    { name: 'reject', when: { field: 'status', values: ['proposed'] }, takes: { reason: true } },
  ],
});
