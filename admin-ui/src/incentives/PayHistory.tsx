/** A worker's pay month by month, from the approved payrolls (`GET /api/panel/workers/:id/pay-history`). */
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useLocaleState, useTranslate } from 'react-admin';
import { panelJson } from '../providers/panelFetch';

export interface PayMonth {
  month: string;
  postTier: number;
  payLevel: number;
  base: number;
  gross: number;
  net: number;
}

const COLUMNS = ['post', 'level', 'base', 'gross', 'net'] as const;
const value = (m: PayMonth, key: (typeof COLUMNS)[number]) =>
  ({ post: m.postTier, level: m.payLevel, base: m.base, gross: m.gross, net: m.net })[key];

export const PayHistory = ({ worker }: { worker: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending } = useQuery({
    queryKey: ['panel', 'pay-history', worker, locale],
    queryFn: () =>
      panelJson<{ months: PayMonth[] }>(`/workers/${encodeURIComponent(worker)}/pay-history`, locale),
  });
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data.months.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.incentive_pages.worker.no_pay')}
      </Typography>
    );
  return (
    <Table size="small" aria-label={translate('app.incentive_pages.worker.pay_history')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.incentive_pages.worker.month')}</TableCell>
          {COLUMNS.map((c) => (
            <TableCell key={c} align="right">
              {translate(`app.incentive_pages.payroll.${c}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {[...data.months].reverse().map((m) => (
          <TableRow key={m.month}>
            <TableCell>{m.month}</TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c} align="right">
                {value(m, c)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
