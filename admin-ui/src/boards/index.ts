import Icon from '@mui/icons-material/ViewKanban';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  sort: { field: 'issueDate', order: 'DESC' },
});
