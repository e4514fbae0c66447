/** 设置网格 and the like: one field of the selected rows set to one value, with the form's own input. */
import { useTranslate } from 'react-admin';
import { FieldInput } from '../generic/FieldInput';
import { usePanelResource } from '../generic/usePanelResource';
import { sendBulk } from './api';
import { BulkDialogButton } from './BulkDialogButton';

export function BulkFieldButton({ field, label }: { field: string; label: string }) {
  const t = useTranslate();
  const panel = usePanelResource();
  const f = panel?.resource.fields.find((x) => x.name === field);
  if (!panel || !f || !panel.resource.can.update) return null;
  const resource = panel.resource.name;
  return (
    <BulkDialogButton
      label={t(label)}
      run={(ids, values, locale) => sendBulk(resource, { ids, data: { [field]: values[field] } }, locale)}
    >
      <FieldInput source={field} field={{ ...f, required: true }} resource={resource} mode="edit" />
    </BulkDialogButton>
  );
}
