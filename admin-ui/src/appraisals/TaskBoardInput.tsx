/**
 * The 揭榜领单 score with the server's proposal from the worker's task-board points beside it — asked as
 * soon as the worker and year are chosen, before any save: one click takes the proposal; another score
 * needs a reason, which the server insists on too.
 */
import { Box, Button, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import { NumberInput, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { usePanelResource } from '../generic/usePanelResource';
import { panelJson } from '../providers/panelFetch';
import { validatorsFor } from '../schema/validation';
import { EvidenceNote } from './EvidenceNote';

/** The server's proposal for a worker and year (`undefined` until both are chosen and it has answered). */
function useProposal(worker: unknown, year: unknown): number | null | undefined {
  const [locale] = useLocaleState();
  const ready = typeof worker === 'string' && worker !== '' && /^\d{4}$/.test(String(year ?? ''));
  const { data } = useQuery({
    queryKey: ['panel', 'task-board-proposal', worker, year],
    queryFn: () =>
      panelJson<{ proposal: number | null }>(
        `/workers/${encodeURIComponent(String(worker))}/task-board-proposal?year=${String(year)}`,
        locale,
      ),
    enabled: ready,
  });
  return ready ? data?.proposal : undefined;
}

export const TaskBoardInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const panel = usePanelResource();
  const { setValue } = useFormContext();
  const [value, reason, worker, year] = useWatch({ name: [source, 'taskBoardReason', 'worker', 'year'] });
  const field = panel?.resource.fields.find((f) => f.name === source);
  const asked = useProposal(worker, year);
  const proposal = asked !== undefined ? asked : (record?.taskBoardProposed as number | null | undefined);
  const hasProposal = proposal !== null && proposal !== undefined;
  const differs = hasProposal && value !== '' && value !== null && Number(value) !== Number(proposal);
  return (
    <Box>
      <NumberInput
        source={source}
        step="any"
        min={field?.min}
        max={field?.max}
        validate={field ? validatorsFor(field, 'edit') : undefined}
        helperText={translate('app.incentive_pages.appraisal.range', { max: field?.max ?? '' })}
        fullWidth
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: -1, mb: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {hasProposal
            ? translate('app.incentive_pages.appraisal.proposal', { proposal })
            : translate(
                `app.incentive_pages.appraisal.${proposal === null || record?.id ? 'no_points' : 'no_proposal'}`,
              )}
        </Typography>
        {hasProposal && differs && (
          <Button size="small" onClick={() => setValue(source, proposal, { shouldDirty: true })}>
            {translate('app.incentive_pages.appraisal.adopt')}
          </Button>
        )}
      </Box>
      <EvidenceNote item={source} worker={worker} year={year} />
      {differs && !reason && (
        <Typography variant="body2" color="warning.main" sx={{ mt: -1, mb: 2 }}>
          {translate('app.incentive_pages.appraisal.differs')}
        </Typography>
      )}
    </Box>
  );
};
