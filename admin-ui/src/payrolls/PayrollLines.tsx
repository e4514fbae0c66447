/** A payroll's lines, one row a worker, its totals, and the button that downloads the month's Excel. */
import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { downloadFile } from '../providers/panelFetch';

interface Line {
  worker: string;
  name: string;
  community: string;
  postTier: number;
  payLevel: number;
  base: number;
  seniority: number;
  qualification: number;
  gross: number;
  personal: { total: number };
  net: number;
  employer: { total: number };
  cost: number;
}

const COLUMNS: [string, (l: Line) => string | number][] = [
  ['name', (l) => l.name],
  ['community', (l) => l.community],
  ['post', (l) => l.postTier],
  ['level', (l) => l.payLevel],
  ['base', (l) => l.base],
  ['seniority', (l) => l.seniority],
  ['qualification', (l) => l.qualification],
  ['gross', (l) => l.gross],
  ['personal', (l) => l.personal.total],
  ['net', (l) => l.net],
  ['employer', (l) => l.employer.total],
  ['cost', (l) => l.cost],
];

export const ExcelButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const download = async (e: MouseEvent) => {
    // In a list row, the click is the button's, not the row's.
    e.stopPropagation();
    setBusy(true);
    try {
      await downloadFile(
        `/payrolls/${encodeURIComponent(String(record.id))}/export.xlsx`,
        `payroll-${record.month}.xlsx`,
        locale,
      );
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={download} disabled={busy}>
      {translate(busy ? 'app.incentive_pages.payroll.downloading' : 'app.incentive_pages.payroll.download')}
    </Button>
  );
};

export const PayrollLines = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const lines = (Array.isArray(record?.[source]) ? record[source] : []) as Line[];
  return (
    <Box>
      <Box sx={{ mb: 1 }}>
        {translate('app.incentive_pages.payroll.people', { smart_count: lines.length })}
      </Box>
      <Box sx={{ maxHeight: 480, overflow: 'auto' }}>
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              {COLUMNS.map(([key]) => (
                <TableCell key={key}>{translate(`app.incentive_pages.payroll.${key}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((l) => (
              <TableRow key={l.worker}>
                {COLUMNS.map(([key, value]) => (
                  <TableCell key={key} align={typeof value(l) === 'number' ? 'right' : 'left'}>
                    {value(l)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};

/** The month's totals as a short list of figures. */
export const PayrollTotals = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const totals = (record?.[source] ?? {}) as Record<string, number>;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
      {Object.entries(totals).map(([key, value]) => (
        <span key={key}>
          {translate(`app.incentive_pages.payroll.${key}`, { _: key })}：{value.toLocaleString('zh-CN')}
        </span>
      ))}
    </Box>
  );
};
