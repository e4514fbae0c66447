/** On the commendations list: 下载全年表彰信 — a year's confirmed letters as one PDF, this year unless told. */
import DownloadIcon from '@mui/icons-material/Download';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { districtToday } from '@yanzhen/config';
import { useState } from 'react';
import { Button, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { downloadYear } from './letterFiles';

export function YearLettersButton() {
  const t = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(districtToday().slice(0, 4));
  const [busy, setBusy] = useState(false);
  const valid = /^\d{4}$/.test(year);
  const download = async () => {
    setBusy(true);
    try {
      await downloadYear(Number(year), locale);
      setOpen(false);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label={t('app.board_pages.letters.year_button')} onClick={() => setOpen(true)}>
        <DownloadIcon />
      </Button>
      <Dialog open={open} onClose={busy ? undefined : () => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{t('app.board_pages.letters.year_button')}</DialogTitle>
        <DialogContent>
          <TextField
            label={t('app.board_pages.letters.year')}
            helperText={t('app.board_pages.letters.year_hint')}
            value={year}
            onChange={(e) => setYear(e.target.value.trim())}
            error={!valid}
            inputMode="numeric"
            margin="dense"
            fullWidth
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={busy} />
          <Button
            label={t(busy ? 'app.board_pages.letters.downloading' : 'app.board_pages.letters.download_year')}
            onClick={download}
            disabled={busy || !valid}
          />
        </DialogActions>
      </Dialog>
    </>
  );
}
