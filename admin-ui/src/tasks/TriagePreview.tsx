/**
 * Under triage's inputs, live: the tier and the points the task will get, by the rulebook's own
 * functions (the server's hook runs the same `tierOf` and `pointsOf`).
 */
import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { pointsOf, rules, tierOf } from '@yanzhen/config';

const NEEDS = ['difficulty', 'peopleNeeded', 'hoursNeeded', 'needsFunding'] as const;

/** The task's tier and points from what triage has filled in so far; null until it can be told. */
export function triaged(values: unknown[]): { tier: 'big' | 'small'; points: number } | null {
  const [difficulty, people, hours, funding] = values.map((v) => (v === '' ? null : v));
  const d = Number(difficulty);
  const levels = rules.taskBoard.pointsByDifficulty.length;
  if (!Number.isInteger(d) || d < 1 || d > levels || people == null || hours == null) return null;
  const needs = {
    difficulty: d,
    peopleNeeded: Number(people),
    hoursNeeded: Number(hours),
    needsFunding: Boolean(funding),
  };
  if (!Number.isFinite(needs.peopleNeeded) || !Number.isFinite(needs.hoursNeeded)) return null;
  return { tier: tierOf(needs), points: pointsOf(d) };
}

export const TriagePreview = () => {
  const translate = useTranslate();
  const result = triaged(useWatch({ name: [...NEEDS] }));
  return (
    <Alert severity={result ? 'info' : 'warning'} sx={{ mt: 1 }} data-testid="triage-preview" role="status">
      {result
        ? translate('app.triage.preview', {
            tier: translate(`resources.tasks.choices.tier.${result.tier}`),
            points: result.points,
          })
        : translate('app.triage.incomplete')}
    </Alert>
  );
};
