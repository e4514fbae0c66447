/**
 * Any record's edit page. Saves are undoable, except where only the server can tell whether a value is
 * allowed (a unique field): there the form stays open so the server's message lands on the field. A
 * record the server would not let this viewer edit (approved, outside their scope) opens on its record
 * page instead, where the steps that unlock it are.
 */
import { useEffect } from 'react';
import { Edit, ShowButton, TopToolbar, useRecordContext, useRedirect } from 'react-admin';
import { offers } from '../providers/access';
import { ResourceForm } from './ResourceForm';
import { usePanelResource } from './usePanelResource';
import { WorkflowButtons } from './WorkflowButtons';

/** The form, or for a record the server would not take an edit of, its record page (no form to leave). */
const FormOrRecordPage = ({ panel }: { panel: NonNullable<ReturnType<typeof usePanelResource>> }) => {
  const record = useRecordContext();
  const redirect = useRedirect();
  const locked = Boolean(record) && !offers(record, 'update');
  const name = panel.resource.name;
  useEffect(() => {
    if (locked && record) redirect('show', name, record.id);
  }, [locked, record, redirect, name]);
  return locked ? null : <ResourceForm panel={panel} mode="edit" />;
};

const ResourceEdit = () => {
  const panel = usePanelResource();
  if (!panel) return null;
  const { resource, override } = panel;
  const RecordButtons = override.recordButtons;
  const mode = override.mutationMode ?? (resource.fields.some((f) => f.unique) ? 'pessimistic' : 'undoable');
  return (
    <Edit
      mutationMode={mode}
      actions={
        <TopToolbar>
          {RecordButtons && <RecordButtons />}
          <WorkflowButtons />
          <ShowButton />
        </TopToolbar>
      }
    >
      <FormOrRecordPage panel={panel} />
    </Edit>
  );
};

export default ResourceEdit;
