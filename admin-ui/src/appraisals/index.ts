import Icon from '@mui/icons-material/Grading';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['worker', 'year', 'total', 'grade', 'dismissalRecommended', 'status'],
});
