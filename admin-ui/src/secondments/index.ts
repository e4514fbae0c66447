import Icon from '@mui/icons-material/TransferWithinAStation';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  columns: ['worker', 'targetOrg', 'targetPost', 'appliedAt', 'testScore', 'status'],
});
