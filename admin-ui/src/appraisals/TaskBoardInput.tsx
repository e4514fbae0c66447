/**
 * The 揭榜领单 score with the server's proposal from the worker's task-board points beside it: one click
 * takes the proposal; another score needs a reason, which the server insists on too.
 */
import { Box, Button, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { NumberInput, useRecordContext, useTranslate } from 'react-admin';
import { usePanelResource } from '../generic/usePanelResource';
import { validatorsFor } from '../schema/validation';

export const TaskBoardInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const panel = usePanelResource();
  const { setValue } = useFormContext();
  const [value, reason] = useWatch({ name: [source, 'taskBoardReason'] });
  const field = panel?.resource.fields.find((f) => f.name === source);
  const proposal = record?.taskBoardProposed as number | null | undefined;
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
            : translate(`app.incentive_pages.appraisal.${record?.id ? 'no_points' : 'no_proposal'}`)}
        </Typography>
        {hasProposal && differs && (
          <Button size="small" onClick={() => setValue(source, proposal, { shouldDirty: true })}>
            {translate('app.incentive_pages.appraisal.adopt')}
          </Button>
        )}
      </Box>
      {differs && !reason && (
        <Typography variant="body2" color="warning.main" sx={{ mt: -1, mb: 2 }}>
          {translate('app.incentive_pages.appraisal.differs')}
        </Typography>
      )}
    </Box>
  );
};
