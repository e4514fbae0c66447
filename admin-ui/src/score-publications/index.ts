import Icon from '@mui/icons-material/Leaderboard';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  actions: [
    { name: 'draft', on: 'collection', takes: { quarter: true } },
    { name: 'publish', when: { field: 'status', values: ['draft'] } },
    { name: 'finalize', when: { field: 'status', values: ['published'] } },
  ],
});
