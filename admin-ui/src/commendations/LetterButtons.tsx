/** On a confirmed commendation's page: 下载 PDF and 打印 its letters, for whoever may read it. */
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import {
  Button,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { usePanelResource } from '../generic/usePanelResource';
import { downloadLetter, printLetter } from './letterFiles';

export function LetterButtons() {
  const record = useRecordContext();
  const panel = usePanelResource();
  const t = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  if (!record || !panel?.resource.can.findOne || record.status !== 'confirmed') return null;
  const run = (act: (r: RaRecord, locale: string) => Promise<void>) => async () => {
    setBusy(true);
    try {
      await act(record, locale);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label={t('app.board_pages.letters.download')} onClick={run(downloadLetter)} disabled={busy}>
        <DownloadIcon />
      </Button>
      <Button label={t('app.board_pages.letters.print')} onClick={run(printLetter)} disabled={busy}>
        <PrintIcon />
      </Button>
    </>
  );
}
