/** A payroll's lines (rows of their own, one a worker), its totals, and the button that downloads the month's Excel. */
import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import {
  DataTable,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { downloadFile } from '../providers/panelFetch';

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

const MONEY = [
  'base',
  'seniority',
  'qualification',
  'gross',
  'personalTotal',
  'net',
  'employerTotal',
  'cost',
];

/** The payroll's lines, a page at a time, as the viewer's scope lets them see (a clerk: one community). */
export const PayrollLines = () => (
  <ReferenceManyField
    reference="payroll-lines"
    target="payroll"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={50}
    pagination={<Pagination rowsPerPageOptions={[50, 100, 200]} />}
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="community">
        <ReferenceField source="community" reference="communities" link={false} />
      </DataTable.Col>
      <DataTable.NumberCol source="postTier" />
      <DataTable.NumberCol source="payLevel" />
      {MONEY.map((source) => (
        <DataTable.NumberCol key={source} source={source} />
      ))}
    </DataTable>
  </ReferenceManyField>
);

/** The month's totals as a short list of figures, then the lines they sum. */
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

/** Totals first, lines below: the show page's one place for the month's pay. */
export const PayrollSummary = ({ source }: { source: string }) => (
  <Box>
    <PayrollTotals source={source} />
    <Box sx={{ mt: 2 }}>
      <PayrollLines />
    </Box>
  </Box>
);
