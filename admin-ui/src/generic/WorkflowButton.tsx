/** One workflow step: confirm (with a reason when the step asks for one), post it, show the server's answer. */
import { TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { PanelDataProvider } from '../providers/dataProvider';
import type { WorkflowAction } from './types';

interface Props {
  resource: string;
  action: WorkflowAction;
  record: RaRecord;
}

export const WorkflowButton = ({ resource, action, record }: Props) => {
  const dataProvider = useDataProvider<PanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const label = translate(`resources.${resource}.actions.${action.name}`);

  const run = async () => {
    setBusy(true);
    try {
      await dataProvider.runAction(
        resource,
        String(record.id),
        action.name,
        action.input ? { [action.input]: text } : {},
      );
      notify('app.action.done', { type: 'success', messageArgs: { action: label } });
      setOpen(false);
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} disabled={busy} />
      <Confirm
        isOpen={open}
        loading={busy}
        title={label}
        content={
          action.input ? (
            <MuiTextField
              autoFocus
              fullWidth
              multiline
              minRows={2}
              label={translate(`resources.${resource}.fields.${action.input}`)}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          ) : (
            translate('app.action.confirm', { action: label })
          )
        }
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
