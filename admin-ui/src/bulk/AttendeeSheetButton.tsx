/**
 * On a training's page: 从签到表添加学员 — a sheet with a column of ID numbers (身份证号) or names (姓名);
 * the workers it names join the attendees, and the rows that could not be matched are listed with why.
 */
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { Button, useLocaleState, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { usePanelResource } from '../generic/usePanelResource';
import { sendAttendeeSheet, type BulkAnswer } from './api';
import { BulkResult } from './BulkResult';
import { SheetPicker } from '../imports/SheetPicker';

export function AttendeeSheetButton() {
  const t = useTranslate();
  const record = useRecordContext();
  const panel = usePanelResource();
  const [open, setOpen] = useState(false);
  if (!record || !panel?.resource.can.update) return null;
  return (
    <>
      <Button label={t('app.bulk.sheet')} onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      {open && <SheetDialog training={String(record.id)} onClose={() => setOpen(false)} />}
    </>
  );
}

function SheetDialog({ training, onClose }: { training: string; onClose: () => void }) {
  const t = useTranslate();
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<BulkAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setAnswer(await sendAttendeeSheet(training, file, locale));
      refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('app.bulk.sheet')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
          <Alert severity="info">{t('app.bulk.sheet_hint')}</Alert>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
            <SheetPicker
              disabled={busy}
              onPick={(file) => {
                setFile(file);
                setAnswer(null);
              }}
            />
            {file && <span>{t('app.import.chosen', { name: file.name })}</span>}
          </Box>
          {busy && <LinearProgress />}
          {error && <Alert severity="error">{error}</Alert>}
          {answer && <BulkResult answer={answer} />}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button label={t('app.bulk.close')} onClick={onClose} disabled={busy} />
        <Button
          label={t('app.bulk.add')}
          variant="contained"
          onClick={send}
          disabled={!file || busy || answer !== null}
        />
      </DialogActions>
    </Dialog>
  );
}
