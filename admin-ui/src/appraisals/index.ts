import Icon from '@mui/icons-material/Grading';
import { defineResource } from '../generic/defineResource';
import type { FieldOverride } from '../generic/types';
import { ConditionsField, ConditionsInput, DismissalInput } from './Conditions';
import { EVIDENCE_ITEMS } from './EvidenceNote';
import { ItemField } from './ItemField';
import { SavedOutcomeField } from './Outcome';
import { CONDITION_KINDS, ITEMS } from './outcome';
import { ScoreInput } from './ScoreInput';
import { TaskBoardInput } from './TaskBoardInput';

const fields: Record<string, FieldOverride> = {
  ...Object.fromEntries(ITEMS.map((i) => [i.key, { input: ScoreInput }])),
  ...Object.fromEntries(CONDITION_KINDS.map((k) => [k, { input: ConditionsInput, show: ConditionsField }])),
  dismissal: { input: DismissalInput, show: ConditionsField },
  ...Object.fromEntries(EVIDENCE_ITEMS.map((k) => [k, { input: ScoreInput, show: ItemField }])),
  taskBoard: { input: TaskBoardInput, show: ItemField },
  total: { show: SavedOutcomeField },
  grade: { show: SavedOutcomeField },
};

export default {
  ...defineResource({
    icon: Icon,
    columns: ['worker', 'year', 'total', 'grade', 'dismissalRecommended', 'status'],
    fields,
    // Named by year and total in titles and pickers (the worker is a reference, named on the page itself).
    representation: (r) => [r.year, r.total].filter((v) => v !== null && v !== undefined).join(' · '),
    // The server grades on saving and may refuse (the town's excellent places are taken): the form waits.
    mutationMode: 'pessimistic',
  }),
};
