/**
 * Total and grade are never typed. On the form, the outcome of the scores and conditions shows live as the
 * clerk types (the server's rule, run here); the saved total and grade are the server's and show as they are.
 */
import { Alert, Box, Chip, Paper, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { CONDITION_KINDS, ITEMS, previewOutcome } from './outcome';

const WATCHED = [...ITEMS.map((i) => i.key), ...CONDITION_KINDS];

const GRADE_COLOURS: Record<string, 'success' | 'primary' | 'warning' | 'error'> = {
  excellent: 'success',
  pass: 'primary',
  basic: 'warning',
  fail: 'error',
};

const GradeChip = ({ grade, testId }: { grade: string; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`resources.appraisals.choices.grade.${grade}`, { _: grade })}
      color={GRADE_COLOURS[grade] ?? 'default'}
      data-testid={testId}
    />
  );
};

/** The live outcome, under the conditions on the create and edit forms. */
export const OutcomePreview = () => {
  const translate = useTranslate();
  const values = useWatch({ name: WATCHED });
  const outcome = previewOutcome(Object.fromEntries(WATCHED.map((k, i) => [k, values[i]])));
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      {outcome === null ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.incentive_pages.appraisal.incomplete')}
        </Typography>
      ) : (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <Labeled source="total" resource="appraisals">
              <Typography variant="h6" data-testid="appraisal-total">
                {outcome.total}
              </Typography>
            </Labeled>
            <Labeled source="grade" resource="appraisals">
              <GradeChip grade={outcome.grade} testId="appraisal-grade" />
            </Labeled>
          </Box>
          <Typography variant="caption" color="text.secondary">
            {translate('app.incentive_pages.appraisal.preview')}
          </Typography>
          {outcome.dismissalRecommended && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate('app.incentive_pages.appraisal.dismissal')}
            </Alert>
          )}
        </>
      )}
    </Paper>
  );
};

const SavedValue = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const value = record?.[source];
  if (value === null || value === undefined) return null;
  return source === 'grade' ? <GradeChip grade={String(value)} /> : <span>{String(value)}</span>;
};

/** The saved total or grade; a form shows it with its label (the show layout adds its own). */
export const SavedOutcomeField = ({ source }: { source: string }) =>
  useFormContext() ? (
    <Labeled source={source} sx={{ mb: 2 }}>
      <SavedValue source={source} />
    </Labeled>
  ) : (
    <SavedValue source={source} />
  );
