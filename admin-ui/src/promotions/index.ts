import Icon from '@mui/icons-material/TrendingUp';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['worker', 'fromStage', 'toStage', 'date', 'status'],
});
