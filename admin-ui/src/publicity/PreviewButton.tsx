/**
 * The public page as it will look, for a saved story: fetched with the login token (the preview is not
 * public), shown in a sandboxed frame that runs no script.
 */
import Visibility from '@mui/icons-material/Visibility';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { previewHtml } from './api';

export const PreviewButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [html, setHtml] = useState<string | null>(null);
  if (!record) return null;
  const label = translate('app.publicity_pages.preview.button');

  const open = async () => {
    try {
      setHtml(await previewHtml(String(record.id), locale));
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <>
      <Button size="small" startIcon={<Visibility />} onClick={open}>
        {label}
      </Button>
      <Dialog open={html !== null} onClose={() => setHtml(null)} fullWidth maxWidth="md">
        <DialogTitle>{translate('app.publicity_pages.preview.title', { title: record.title })}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.publicity_pages.preview.saved_only')}
          </Typography>
          <iframe
            title={label}
            srcDoc={html ?? ''}
            sandbox=""
            style={{ width: '100%', height: '70vh', border: '1px solid #ddd', borderRadius: 4 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setHtml(null)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
