import Icon from '@mui/icons-material/MilitaryTech';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['year', 'recipientMember', 'recipientUnit', 'kind', 'points', 'status'],
  actions: [
    { name: 'propose', on: 'collection', takes: { year: true } },
    { name: 'confirm', when: { field: 'status', values: ['proposed'] } },
    { name: 'decline', when: { field: 'status', values: ['proposed'] } },
  ],
});
