/**
 * 财政测算 on a pay table's record: what it adds a year against the approved table, by town and by post,
 * how many workers it touches, whose pay would fall, and the figures as Excel. Shown to whoever may read
 * pay (staff and supervisors, over their scope); the server decides, and refuses the others.
 */
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { downloadFile } from '../providers/panelFetch';
import { CostBreakdown } from './CostBreakdown';
import { costPath, namesOf, useCost, yuan, type Cost } from './useCost';

const Download = ({ cost }: { cost: Cost }) => {
  const t = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(costPath(cost.table.id, '.xlsx'), `pay-scale-${cost.table.year}-cost.xlsx`, locale);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={download} disabled={busy}>
      {t('app.incentive_pages.cost.download')}
    </Button>
  );
};

export const CostPanel = () => {
  const record = useRecordContext();
  const t = useTranslate();
  const { data: cost, error, isPending } = useCost(record ? String(record.id) : undefined);
  const k = (key: string, args?: Record<string, unknown>) => t(`app.incentive_pages.cost.${key}`, args);
  if (!record || (error && 'status' in error && error.status === 403)) return null;
  return (
    <Box component="section" aria-label={k('title')} sx={{ px: 2, pb: 2 }}>
      <Typography variant="h6">{k('title')}</Typography>
      {isPending && <Typography color="text.secondary">{k('loading')}</Typography>}
      {error && <Alert severity="info">{error.message}</Alert>}
      {cost && (
        <>
          <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
            <Typography variant="h5" component="p" data-testid="cost-added">
              {k('added', { total: yuan(cost.added.total) })}
            </Typography>
            <Download cost={cost} />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {k('against', { year: cost.against.year, month: cost.month })}
          </Typography>
          <Typography variant="body2">
            {k('people', { headcount: cost.headcount, affected: cost.affected })}
          </Typography>
          {cost.fallingCount > 0 && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {k('falling', {
                smart_count: cost.fallingCount,
                names: namesOf(cost.falling, cost.fallingCount),
              })}
            </Alert>
          )}
          {cost.unpricedCount > 0 && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {k('unpriced', {
                smart_count: cost.unpricedCount,
                names: namesOf(cost.unpriced, cost.unpricedCount),
              })}
            </Alert>
          )}
          <CostBreakdown
            title={k('by_town')}
            first={k('town')}
            rows={cost.byTown.map((r) => ({
              ...r,
              key: r.town?.id ?? '',
              name: r.town?.name ?? k('no_town'),
            }))}
          />
          <CostBreakdown
            title={k('by_post')}
            first={k('post')}
            rows={cost.byPost.map((r) => ({
              ...r,
              key: String(r.post),
              name: t(`app.incentive_pages.pay_grid.posts.${r.post}`, { _: r.label }),
            }))}
          />
        </>
      )}
    </Box>
  );
};

/** In the supervisor's approve dialog: the figure they approve, or why there is none. */
export const ApproveCost = ({ record }: { record?: { id: unknown } }) => {
  const t = useTranslate();
  const { data: cost, error, isPending } = useCost(record ? String(record.id) : undefined);
  if (!record) return null;
  return (
    <Alert
      severity={cost?.fallingCount ? 'warning' : 'info'}
      sx={{ mt: 1 }}
      role="status"
      data-testid="approve-cost"
    >
      {isPending
        ? t('app.incentive_pages.cost.loading')
        : error
          ? error.message
          : t('app.incentive_pages.cost.confirm', {
              total: yuan(cost.added.total),
              affected: cost.affected,
              year: cost.against.year,
            })}
    </Alert>
  );
};
