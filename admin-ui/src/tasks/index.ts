import Icon from '@mui/icons-material/Assignment';
import { defineResource } from '../generic/defineResource';
import { ClaimMatches, TaskMatches } from './Matches';
import { TriagePreview } from './TriagePreview';

export default defineResource({
  icon: Icon,
  columns: ['title', 'category', 'community', 'tier', 'points', 'status', 'isUrgent', 'dueAt'],
  stepPreviews: { triage: TriagePreview, claim: ClaimMatches },
  showSections: TaskMatches,
});
