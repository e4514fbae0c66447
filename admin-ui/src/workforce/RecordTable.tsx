/**
 * A few records of one resource as a small table on someone's page: headers and enum values in the
 * resource's own labels, the first column a link to the record.
 */
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useTranslate, type RaRecord } from 'react-admin';

interface Props {
  resource: string;
  rows: RaRecord[];
  columns: string[];
  empty: string;
}

const text = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

export const RecordTable = ({ resource, rows, columns, empty }: Props) => {
  const translate = useTranslate();
  if (!rows.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(empty)}
      </Typography>
    );
  const shown = (r: RaRecord, c: string) =>
    translate(`resources.${resource}.choices.${c}.${r[c]}`, { _: text(r[c]) });
  return (
    <Table size="small" aria-label={translate(`resources.${resource}.name`, { _: resource })}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c}>{translate(`resources.${resource}.fields.${c}`, { _: c })}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            {columns.map((c, i) => (
              <TableCell key={c}>
                {i === 0 ? <Link to={`/${resource}/${r.id}/show`}>{shown(r, c)}</Link> : shown(r, c)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
