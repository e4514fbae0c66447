import Icon from '@mui/icons-material/ReportProblem';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  actions: [
    {
      name: 'uphold',
      when: { field: 'status', values: ['open'] },
      takes: { resolution: true, adjustment: false },
    },
    { name: 'dismiss', when: { field: 'status', values: ['open'] }, takes: { resolution: true } },
  ],
});
