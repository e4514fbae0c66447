/** What a bulk change did: how many rows went through, and each refused one with the form's reason. */
import {
  Alert,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BulkAnswer } from './api';

export function BulkResult({ answer }: { answer: BulkAnswer }) {
  const t = useTranslate();
  const refused = answer.refused.length;
  return (
    <>
      <Alert severity={refused ? 'warning' : 'success'} role="status">
        {refused
          ? t('app.bulk.summary', { updated: answer.updated, refused })
          : t('app.bulk.updated', { count: answer.updated })}
      </Alert>
      {refused > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {t('app.bulk.refused_table')}
          </Typography>
          <TableContainer sx={{ maxHeight: 360 }}>
            <Table size="small" stickyHeader aria-label={t('app.bulk.refused_table')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('app.bulk.record')}</TableCell>
                  <TableCell>{t('app.bulk.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {answer.refused.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{r.label}</TableCell>
                    <TableCell>{r.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </>
  );
}
