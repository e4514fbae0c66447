/**
 * Each community's staffing quota (population, area, security level — config/) against the workers on
 * duty by position; communities over or under quota, or without a secretary, flagged.
 */
import {
  Box,
  Chip,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { OverviewPage } from './OverviewPage';
import { POSITIONS, type CommunityStaffing } from './types';

const flagged = (c: CommunityStaffing) => c.staffing !== 'at' || c.secretaries === 0;

const StaffingState = ({ c }: { c: CommunityStaffing }) => {
  const translate = useTranslate();
  const gap = Math.abs(c.headcount - c.quota);
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {c.staffing === 'at' ? (
        <Chip size="small" label={translate('app.workforce_pages.staffing.ok')} />
      ) : (
        <Chip
          size="small"
          color={c.staffing === 'over' ? 'error' : 'warning'}
          label={translate(`app.workforce_pages.staffing.${c.staffing}`, { count: gap })}
        />
      )}
      {c.secretaries === 0 && (
        <Chip size="small" color="error" label={translate('app.workforce_pages.staffing.no_secretary')} />
      )}
    </Box>
  );
};

const StaffingTable = ({ rows }: { rows: CommunityStaffing[] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.workforce_pages.staffing.${key}`);
  return (
    <Table size="small" aria-label={t('title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('community')}</TableCell>
          <TableCell align="right">{t('quota')}</TableCell>
          <TableCell align="right">{t('headcount')}</TableCell>
          {POSITIONS.map((p) => (
            <TableCell key={p} align="right">
              {translate(`resources.workers.choices.position.${p}`, { _: p })}
            </TableCell>
          ))}
          <TableCell>{t('state')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              <Link to={`/communities/${c.id}/show`}>{c.name}</Link>
            </TableCell>
            <TableCell align="right">{c.quota}</TableCell>
            <TableCell align="right">{c.headcount}</TableCell>
            {POSITIONS.map((p) => (
              <TableCell key={p} align="right">
                {c.byPosition[p]}
              </TableCell>
            ))}
            <TableCell>
              <StaffingState c={c} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const StaffingPage = () => {
  const translate = useTranslate();
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  return (
    <OverviewPage title="app.workforce_pages.staffing.title">
      {({ workforce: w }) => (
        <>
          <Typography variant="body1" sx={{ mb: 1 }}>
            {translate('app.workforce_pages.staffing.summary', {
              quota: w.quota,
              headcount: w.headcount,
              over: w.communitiesOver,
              under: w.communitiesUnder,
            })}
          </Typography>
          <FormControlLabel
            control={<Switch checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />}
            label={translate('app.workforce_pages.staffing.only_flagged')}
          />
          <StaffingTable rows={onlyFlagged ? w.perCommunity.filter(flagged) : w.perCommunity} />
        </>
      )}
    </OverviewPage>
  );
};

export default StaffingPage;
