import Icon from '@mui/icons-material/Leaderboard';
import { defineResource } from '../generic/defineResource';
import { RankingTable } from './RankingTable';

export default defineResource({
  icon: Icon,
  columns: ['quarter', 'status', 'announcedAt', 'objectionDeadline', 'finalizedAt'],
  sort: { field: 'quarter', order: 'DESC' },
  fields: { ranking: { show: RankingTable } },
});
