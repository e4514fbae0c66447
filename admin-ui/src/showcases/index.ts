import Icon from '@mui/icons-material/PhotoLibrary';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  actions: [
    { name: 'draft', on: 'collection', takes: { month: true } },
    { name: 'publish', when: { field: 'status', values: ['draft'] } },
  ],
});
