import Icon from '@mui/icons-material/Leaderboard';
import { defineResource } from '../generic/defineResource';

export default defineResource({
  icon: Icon,
});
