import Icon from '@mui/icons-material/Assignment';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['title', 'category', 'community', 'tier', 'points', 'status', 'isUrgent', 'dueAt'],
  actions: [
    { name: 'claim', when: { field: 'status', values: ['listed'] } },
    { name: 'submit', when: { field: 'status', values: ['claimed', 'rejected'] } },
    { name: 'approve', when: { field: 'status', values: ['submitted'] } },
    { name: 'reject', when: { field: 'status', values: ['submitted'] }, input: 'rejectReason' },
    { name: 'withdraw', when: { field: 'status', values: ['triaged', 'listed'] } },
  ],
});
