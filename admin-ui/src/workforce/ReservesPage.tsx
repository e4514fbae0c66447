/**
 * Reserve cadres by community: how many each keeps against the minimum (fewer flagged), who they are —
 * each name opens the reserve's page (mentor, trial posts, trainings, appraisals) — and who lacks a mentor.
 */
import { Alert, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Link, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { OverviewPage } from './OverviewPage';

const ON_DUTY = ['active', 'trial', 'acting', 'seconded'];

const useReservesByCommunity = (): Map<string, RaRecord[]> => {
  const { data = [] } = useGetList('workers', {
    filter: { isReserve: true, status: ON_DUTY },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const by = new Map<string, RaRecord[]>();
  for (const w of data) {
    const c = String(w.community ?? '');
    by.set(c, [...(by.get(c) ?? []), w]);
  }
  return by;
};

const Names = ({ workers }: { workers: RaRecord[] }) => (
  <>
    {workers.map((w, i) => (
      <Fragment key={w.id}>
        {i > 0 && '、'}
        <Link to={`/workers/${w.id}/show`}>{String(w.name)}</Link>
      </Fragment>
    ))}
  </>
);

const ReservesPage = () => {
  const translate = useTranslate();
  const byCommunity = useReservesByCommunity();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.workforce_pages.reserves.${key}`, options);
  return (
    <OverviewPage title="app.workforce_pages.reserves.title">
      {({ reserves, workforce }) => (
        <>
          <Typography variant="body1" sx={{ mb: 1 }}>
            {t('summary', { minimum: reserves.minimum, below: reserves.communitiesBelow })}
          </Typography>
          {workforce.reservesWithoutMentor.length > 0 && (
            <Alert severity="warning" sx={{ mb: 1 }}>
              {t('without_mentor', { names: workforce.reservesWithoutMentor.map((r) => r.name).join('、') })}
            </Alert>
          )}
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('community')}</TableCell>
                <TableCell align="right">{t('count')}</TableCell>
                <TableCell>{t('names')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {[...reserves.perCommunity]
                .sort((a, b) => a.reserves - b.reserves)
                .map((c) => (
                  <TableRow key={c.id}>
                    <TableCell>
                      <Link to={`/communities/${c.id}/show`}>{c.name}</Link>
                    </TableCell>
                    <TableCell align="right">{c.reserves}</TableCell>
                    <TableCell>
                      <Names workers={byCommunity.get(c.id) ?? []} />
                    </TableCell>
                    <TableCell>
                      {c.reserves < reserves.minimum ? (
                        <Chip size="small" color="error" label={t('below', { minimum: reserves.minimum })} />
                      ) : (
                        <Chip size="small" label={t('ok')} />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </>
      )}
    </OverviewPage>
  );
};

export default ReservesPage;
