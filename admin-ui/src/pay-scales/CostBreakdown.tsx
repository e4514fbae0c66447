/** The added yearly cost of a breakdown (by town, by post): one row a line, in yuan. */
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { yuan, type CostFigures } from './useCost';

const MONEY = ['base', 'allowances', 'employer', 'total'] as const;

export const CostBreakdown = ({
  title,
  first,
  rows,
}: {
  title: string;
  first: string;
  rows: (CostFigures & { key: string; name: string })[];
}) => {
  const t = useTranslate();
  const k = (key: string) => t(`app.incentive_pages.cost.${key}`);
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {title}
      </Typography>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{first}</TableCell>
            <TableCell align="right">{k('headcount')}</TableCell>
            <TableCell align="right">{k('affected')}</TableCell>
            {MONEY.map((m) => (
              <TableCell key={m} align="right">
                {k(m)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell component="th" scope="row">
                {r.name}
              </TableCell>
              <TableCell align="right">{r.headcount}</TableCell>
              <TableCell align="right">{r.affected}</TableCell>
              {MONEY.map((m) => (
                <TableCell key={m} align="right">
                  {yuan(r.added[m])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
