/** The rows a dry run refused, by row and column, in the words the form would use. */
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RowError } from './api';

/** Enough to fix a file by; the rest are counted. */
const SHOWN = 200;

const shown = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export function ErrorTable({ errors }: { errors: RowError[] }) {
  const t = useTranslate();
  return (
    <>
      <Typography variant="subtitle2">{t('app.import.errors')}</Typography>
      <TableContainer sx={{ maxHeight: 360 }}>
        <Table size="small" stickyHeader aria-label={t('app.import.errors')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('app.import.row')}</TableCell>
              <TableCell>{t('app.import.column')}</TableCell>
              <TableCell>{t('app.import.value')}</TableCell>
              <TableCell>{t('app.import.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {errors.slice(0, SHOWN).map((e, i) => (
              <TableRow key={i}>
                <TableCell>{e.row}</TableCell>
                <TableCell>{e.column ?? ''}</TableCell>
                <TableCell>{shown(e.value)}</TableCell>
                <TableCell>{e.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {errors.length > SHOWN && (
        <Typography variant="body2">
          {t('app.import.more_errors', { count: errors.length - SHOWN })}
        </Typography>
      )}
    </>
  );
}
