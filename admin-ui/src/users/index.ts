import Icon from '@mui/icons-material/ManageAccounts';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
  group: 'system',
  columns: ['username', 'email', 'role', 'blocked', 'scopeTown', 'scopeCommunity', 'partnerUnit'],
});
