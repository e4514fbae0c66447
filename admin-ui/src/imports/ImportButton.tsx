/**
 * 导入 on a list (issue 12): download the template, choose the filled-in file, check it (a dry run that
 * shows each error by row and column), then import — all of it, or the valid rows only. A big file runs
 * in the background: the dialog follows its job with a progress bar, and the failed rows download as a
 * workbook to fix and import again.
 */
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Checkbox,
  TextField,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useState } from 'react';
import { Button, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { downloadErrors, downloadTemplate, sendSheet, type Mode, type Outcome, type Progress } from './api';
import { ErrorTable } from './ErrorTable';
import { SheetPicker } from './SheetPicker';

type Stage = 'choose' | 'checking' | 'checked' | 'importing' | 'done' | 'ended';

export function ImportButton({ resource, label }: { resource: string; label: string }) {
  const [open, setOpen] = useState(false);
  const t = useTranslate();
  return (
    <>
      <Button label={t('app.import.button')} onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      {open && <ImportDialog resource={resource} label={label} onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportDialog({
  resource,
  label,
  onClose,
}: {
  resource: string;
  label: string;
  onClose: () => void;
}) {
  const t = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Mode>('upsert');
  const [stage, setStage] = useState<Stage>('choose');
  const [report, setReport] = useState<Outcome | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [skip, setSkip] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setStage(dryRun ? 'checking' : 'importing');
    setProgress(null);
    try {
      const got = await sendSheet(resource, file, { mode, dryRun, skipInvalid: skip }, locale, setProgress);
      setReport(got);
      const cut = got.status === 'stopped' || got.status === 'failed';
      setStage(cut ? 'ended' : got.committed ? 'done' : 'checked');
      if (got.committed) refresh();
    } catch (e) {
      setError((e as Error).message);
      setStage('choose');
    }
  };

  const template = () =>
    downloadTemplate(resource, `${label}导入模板.xlsx`, locale).catch((e: Error) =>
      notify(e.message, { type: 'error' }),
    );
  const errorsFile = () =>
    report?.job &&
    downloadErrors(report.job, `${label}-错误行.xlsx`, locale).catch((e: Error) =>
      notify(e.message, { type: 'error' }),
    );
  const busy = stage === 'checking' || stage === 'importing';
  const valid = report ? report.rows - report.failed : 0;

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullScreen={phone} fullWidth maxWidth="md">
      <DialogTitle>{t('app.import.title', { resource: label })}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
          <Alert severity="info">
            {t('app.import.template_hint')} <Button label={t('app.import.template')} onClick={template} />
          </Alert>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <SheetPicker
              disabled={busy}
              onPick={(file) => {
                setFile(file);
                setReport(null);
                setStage('choose');
              }}
            />
            {file && <span>{t('app.import.chosen', { name: file.name })}</span>}
            <TextField
              select
              size="small"
              label={t('app.import.mode')}
              value={mode}
              disabled={busy}
              onChange={(e) => {
                setMode(e.target.value as Mode);
                setReport(null);
                setStage('choose');
              }}
              sx={{ minWidth: 220 }}
            >
              {(['upsert', 'insert', 'update'] as const).map((m) => (
                <MenuItem key={m} value={m}>
                  {t(`app.import.modes.${m}`)}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          {busy && (
            <Box role="status">
              {progress?.status === 'running'
                ? t('app.import.progress', progress)
                : progress
                  ? t('app.import.checking_big', progress)
                  : t(stage === 'checking' ? 'app.import.checking' : 'app.import.importing')}
              {progress?.status === 'running' ? (
                <LinearProgress
                  variant="determinate"
                  value={progress.total ? (100 * progress.done) / progress.total : 0}
                  aria-label={t('app.import.progress', progress)}
                />
              ) : (
                <LinearProgress />
              )}
            </Box>
          )}
          {report && stage === 'ended' && (
            <Alert severity="error" role="status">
              {report.status === 'stopped'
                ? t('app.import.stopped', { done: progress?.done ?? 0 })
                : t('app.import.failed')}
            </Alert>
          )}
          {error && <Alert severity="error">{error}</Alert>}
          {report && stage === 'done' && (
            <Alert severity="success" role="status">
              {t('app.import.done', report)}
              {report.failed > 0 && t('app.import.done_skipped', report)}
            </Alert>
          )}
          {report?.job && report.failed > 0 && !busy && (
            <Box>
              <Button label={t('app.import.download_errors')} onClick={errorsFile} variant="outlined" />
            </Box>
          )}
          {report && stage === 'checked' && (
            <>
              <Alert severity={report.failed ? 'warning' : 'success'} role="status">
                {t('app.import.summary', report)}
                {!report.failed && ` ${t('app.import.no_errors')}`}
              </Alert>
              {report.failed > 0 && (
                <>
                  <ErrorTable errors={report.errors} />
                  {valid > 0 && (
                    <FormControlLabel
                      control={<Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)} />}
                      label={t('app.import.skip', { count: valid })}
                    />
                  )}
                </>
              )}
            </>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button
          label={t(stage === 'done' ? 'app.import.close' : 'ra.action.cancel')}
          onClick={onClose}
          disabled={busy}
        />
        {stage !== 'done' && (
          <Button
            label={t('app.import.check')}
            onClick={() => run(true)}
            disabled={!file || busy}
            variant="outlined"
          />
        )}
        {stage === 'checked' && report && (
          <Button
            label={t('app.import.commit')}
            variant="contained"
            onClick={() => run(false)}
            disabled={busy || valid === 0 || (report.failed > 0 && !skip)}
          />
        )}
      </DialogActions>
    </Dialog>
  );
}
