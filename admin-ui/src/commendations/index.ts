import Icon from '@mui/icons-material/MilitaryTech';
import { defineResource } from '../generic/defineResource';
import { RecordKey } from '../points-entries/RecordKey';
import { LetterButtons } from './LetterButtons';
import { YearLettersButton } from './YearLettersButton';

export default defineResource({
  icon: Icon,
  columns: ['year', 'recipientMember', 'recipientUnit', 'kind', 'points', 'status'],
  // The proposal's key names the year and the recipient by id: on screen, by name.
  fields: { proposalKey: { show: RecordKey } },
  recordButtons: LetterButtons,
  listButtons: YearLettersButton,
});
