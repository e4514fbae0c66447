import Icon from '@mui/icons-material/Stars';
import { defineResource } from '../generic/defineResource';
import { RecordKey } from './RecordKey';

export default defineResource({
  icon: Icon,
  columns: ['holderMember', 'holderUnit', 'task', 'points', 'kind', 'quarter'],
  // The keys the ledger appends by name the holder and the task by id: on screen, by name.
  fields: { holderKey: { show: RecordKey }, entryKey: { show: RecordKey } },
});
