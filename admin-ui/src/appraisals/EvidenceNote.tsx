/**
 * The evidence beside an item (学习培训, 揭榜领单, 群众满意): what the records hold for the worker's year,
 * shown and never scored. One request per worker and year, shared by the items that show it.
 */
import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { panelJson } from '../providers/panelFetch';
import { evidenceLine, type Evidence } from './evidence';

export const EVIDENCE_ITEMS = ['learning', 'satisfaction', 'taskBoard'];

export const EvidenceNote = ({ item, worker, year }: { item: string; worker: unknown; year: unknown }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const ready =
    EVIDENCE_ITEMS.includes(item) &&
    typeof worker === 'string' &&
    worker !== '' &&
    /^\d{4}$/.test(String(year ?? ''));
  const { data } = useQuery({
    queryKey: ['panel', 'appraisal-evidence', worker, year],
    queryFn: () =>
      panelJson<Evidence>(
        `/workers/${encodeURIComponent(String(worker))}/appraisal-evidence?year=${String(year)}`,
        locale,
      ),
    enabled: ready,
  });
  const line = ready && data ? evidenceLine(item, data, translate) : null;
  return line ? (
    <Typography variant="body2" color="text.secondary" sx={{ mt: -1, mb: 2 }}>
      {line}
    </Typography>
  ) : null;
};
