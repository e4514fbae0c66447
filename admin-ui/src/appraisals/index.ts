import Icon from '@mui/icons-material/Grading';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['worker', 'year', 'total', 'grade', 'dismissalRecommended', 'status'],
  actions: [
    { name: 'approve', when: { field: 'status', values: ['draft'] } },
    { name: 'reopen', when: { field: 'status', values: ['approved'] }, takes: { correctionReason: true } },
    { name: 'approveTown', on: 'collection', takes: { town: true, year: true } },
  ],
});
