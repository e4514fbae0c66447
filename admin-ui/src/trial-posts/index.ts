import Icon from '@mui/icons-material/SwapHoriz';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['worker', 'kind', 'post', 'community', 'startDate', 'endDate', 'result'],
});
