/**
 * A button of a list's bulk toolbar: a dialog asks for the change (a grid, a training, a date) with the
 * fields' own inputs, sends it for the selected rows, then shows what went through and what was refused.
 * The selection is kept until the dialog closes, so the clerk reads the refusals beside the rows.
 */
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form, useListContext, useLocaleState, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import type { BulkAnswer } from './api';
import { BulkResult } from './BulkResult';

interface Props {
  /** The button's and the dialog's title, already translated. */
  label: string;
  /** The inputs for what to change. */
  children?: ReactNode;
  /** Sends the change for these rows, in the UI language. */
  run(ids: string[], values: Record<string, unknown>, locale: string): Promise<BulkAnswer>;
}

export function BulkDialogButton({ label, children, run }: Props) {
  const t = useTranslate();
  const [locale] = useLocaleState();
  const { selectedIds, resource } = useListContext();
  const unselectAll = useUnselectAll(resource);
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<BulkAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setOpen(false);
    if (answer?.updated) unselectAll();
    setAnswer(null);
    setError(null);
  };

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await run(selectedIds.map(String), values, locale));
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : t('ra.notification.http_error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={busy ? undefined : close} fullWidth maxWidth="sm">
        <Form onSubmit={submit} record={{}} noValidate>
          <DialogTitle>{label}</DialogTitle>
          <DialogContent>
            {answer ? (
              <BulkResult answer={answer} />
            ) : (
              <>
                <DialogContentText>{t('app.bulk.selected', { count: selectedIds.length })}</DialogContentText>
                {children}
              </>
            )}
            {error && <Alert severity="error">{error}</Alert>}
          </DialogContent>
          <DialogActions>
            {answer ? (
              <Button onClick={close}>{t('app.bulk.close')}</Button>
            ) : (
              <>
                <Button onClick={close} disabled={busy}>
                  {t('ra.action.cancel')}
                </Button>
                <Button type="submit" variant="contained" disabled={busy}>
                  {label}
                </Button>
              </>
            )}
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
