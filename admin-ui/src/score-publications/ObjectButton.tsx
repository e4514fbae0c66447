/** Someone on a published table objects to it with a reason; a supervisor resolves it later. */
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  HttpError,
  TextInput,
  required,
  useCreate,
  useNotify,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';

interface Props {
  publication: RaRecord;
  /** `member:<id>` or `unit:<id>`, as the table names the row. */
  holder: string;
}

export const ObjectButton = ({ publication, holder }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create] = useCreate();
  const [open, setOpen] = useState(false);
  const [kind, id] = holder.split(':');
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.board_pages.scores.${key}`, args);

  const submit = async (values: Record<string, unknown>) => {
    const data = {
      publication: publication.id,
      [kind === 'unit' ? 'holderUnit' : 'holderMember']: id,
      reason: values.reason,
    };
    try {
      await create('objections', { data }, { returnPromise: true });
    } catch (e) {
      if (e instanceof HttpError && e.body?.errors) return e.body.errors as Record<string, string>;
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    notify(t('sent'), { type: 'success' });
    setOpen(false);
    refresh();
    return undefined;
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('object')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} record={{}} noValidate>
          <DialogTitle>{t('object_title', { quarter: publication.quarter })}</DialogTitle>
          <DialogContent>
            <TextInput
              source="reason"
              label={t('reason')}
              multiline
              minRows={3}
              fullWidth
              validate={required()}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained">
              {t('object')}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
