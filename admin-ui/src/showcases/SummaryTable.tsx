/**
 * A month's counts as a clerk reads them: done tasks by category, most first, under their labels, and the
 * month's totals by tier. (The show layout labels it.)
 */
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const count = (v: unknown): number => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : 0);
const fields = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export const SummaryTable = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const summary = fields(record[source]);
  const rows = Object.entries(fields(summary.byCategory))
    .map(([category, n]) => ({ category, n: count(n) }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n);
  const task = (key: string) => translate(`resources.tasks.${key}`);
  const totals = [
    translate('app.board_pages.five.done', { smart_count: count(summary.total) }),
    `${task('choices.tier.big')} ${count(summary.big)}`,
    `${task('choices.tier.small')} ${count(summary.small)}`,
    `${task('fields.isUrgent')} ${count(summary.urgent)}`,
  ];
  return rows.length ? (
    <>
      <Table size="small" aria-label={translate(`resources.showcases.fields.${source}`)}>
        <TableHead>
          <TableRow>
            <TableCell>{task('fields.category')}</TableCell>
            <TableCell align="right">{translate('resources.showcases.fields.tasks')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.category}>
              <TableCell>
                {translate(`resources.tasks.choices.category.${r.category}`, { _: r.category })}
              </TableCell>
              <TableCell align="right">{r.n}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {totals.join(' · ')}
      </Typography>
    </>
  ) : (
    <Typography color="text.secondary">{translate('app.board_pages.board.empty')}</Typography>
  );
};
