/**
 * A worker's career chain (社区工作者 → 社区两委干部 → 街道副科级), the stage reached marked, and the
 * promotions along it: stage steps and pay-level rises, proposed, approved or turned down.
 */
import {
  Box,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useGetManyReference, useTranslate, type RaRecord } from 'react-admin';

const STAGES = ['worker', 'cadre', 'township'];

const changeOf = (p: RaRecord, translate: ReturnType<typeof useTranslate>) =>
  p.kind === 'level'
    ? translate('app.incentive_pages.worker.change_level', { from: p.fromLevel ?? '—', to: p.toLevel ?? '—' })
    : translate('app.incentive_pages.worker.change_stage', {
        from: translate(`resources.promotions.choices.fromStage.${p.fromStage}`, { _: p.fromStage ?? '—' }),
        to: translate(`resources.promotions.choices.toStage.${p.toStage}`, { _: p.toStage ?? '—' }),
      });

export const CareerChain = ({ worker }: { worker: RaRecord }) => {
  const translate = useTranslate();
  const { data = [] } = useGetManyReference('promotions', {
    target: 'worker',
    id: worker.id,
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'date', order: 'DESC' },
  });
  const reached = Math.max(0, STAGES.indexOf(String(worker.careerStage ?? 'worker')));
  return (
    <Box>
      <Stepper activeStep={reached} alternativeLabel sx={{ mb: 2 }}>
        {STAGES.map((s, i) => (
          <Step key={s} completed={i < reached}>
            <StepLabel optional={i === reached ? translate('app.incentive_pages.worker.current') : undefined}>
              {translate(`resources.workers.choices.careerStage.${s}`, { _: s })}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {data.length ? (
        <Table size="small" aria-label={translate('app.incentive_pages.worker.career')}>
          <TableHead>
            <TableRow>
              {(['date', 'change', 'status', 'reason'] as const).map((c) => (
                <TableCell key={c}>{translate(`app.incentive_pages.worker.${c}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.date ?? '—'}</TableCell>
                <TableCell>{changeOf(p, translate)}</TableCell>
                <TableCell>
                  {translate(`resources.promotions.choices.status.${p.status}`, { _: p.status })}
                </TableCell>
                <TableCell>{p.reason ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('app.incentive_pages.worker.no_changes')}
        </Typography>
      )}
    </Box>
  );
};
