/**
 * One workflow step: a dialog that asks for what the step takes (a reason, a report) with the fields'
 * own inputs, then posts it. Field errors from the server land on the inputs; a 409 says the state.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useState, type ComponentType } from 'react';
import {
  Form,
  HttpError,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { FieldSchema, ResourceSchema, StepSchema } from '@yanzhen/config';
import type { PanelDataProvider } from '../providers/dataProvider';
import { FieldInput } from './FieldInput';
import type { StepPreviewProps } from './types';

interface Props {
  resource: ResourceSchema;
  /** The step, as the schema gives it for this viewer (with what it asks of them). */
  action: StepSchema;
  /** The record a record action applies to; none for a collection action. */
  record?: RaRecord;
  /** What the step will give, live under its inputs (the folder's `stepPreviews`), told the record. */
  preview?: ComponentType<StepPreviewProps>;
}

/** A step on many records answers how many went through and which were refused (a town's appraisals). */
export function countsOf(result: unknown): { approved: number; refused: number } | null {
  const r = result as { approved?: unknown; refused?: unknown } | null;
  return r && typeof r.approved === 'number' && Array.isArray(r.refused)
    ? { approved: r.approved, refused: r.refused.length }
    : null;
}

/**
 * The dialog starts from what the record holds for the fields the step takes (a re-triage: its needs),
 * except written reasons: each decision gives its own.
 */
const current = (record: RaRecord | undefined, takes: FieldSchema[]): Record<string, unknown> =>
  Object.fromEntries(
    takes
      .filter((f) => record?.[f.name] != null && f.type !== 'text' && f.type !== 'richtext')
      .map((f) => [f.name, record?.[f.name]] as const),
  );

export const WorkflowButton = ({ resource, action, record, preview: Preview }: Props) => {
  const dataProvider = useDataProvider<PanelDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  // On a phone the dialog is the whole screen: nothing off the edge, the buttons under the thumb.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const label = translate(`resources.${resource.name}.actions.${action.name}`, { _: action.name });
  const takes = Object.entries(action.takes).flatMap(([name, required]) =>
    resource.fields.filter((f) => f.name === name).map((f) => ({ ...f, required })),
  );

  const run = async (values: Record<string, unknown>) => {
    let result: unknown;
    try {
      ({ data: result } = await dataProvider.runAction(
        resource.name,
        record ? String(record.id) : null,
        action.name,
        values,
      ));
    } catch (e) {
      if (e instanceof HttpError && e.body?.errors) return e.body.errors as Record<string, string>;
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    const counts = countsOf(result);
    notify(counts ? 'app.action.counted' : 'app.action.done', {
      type: counts?.refused ? 'warning' : 'success',
      messageArgs: { action: label, ...counts },
    });
    setOpen(false);
    refresh();
    return undefined;
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="sm"
        fullScreen={phone}
        sx={{
          '& .MuiDialog-paper > form': { display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 },
        }}
      >
        <Form onSubmit={run} resource={resource.name} record={current(record, takes)} noValidate>
          <DialogTitle>{label}</DialogTitle>
          <DialogContent>
            {takes.length ? (
              takes.map((f) => (
                <FieldInput key={f.name} source={f.name} field={f} resource={resource.name} mode="create" />
              ))
            ) : (
              <DialogContentText>{translate('app.action.confirm', { action: label })}</DialogContentText>
            )}
            {Preview && <Preview record={record} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained">
              {label}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
