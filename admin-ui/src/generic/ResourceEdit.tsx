/**
 * Any record's edit page. Saves are undoable, except where only the server can tell whether a value is
 * allowed (a unique field): there the form stays open so the server's message lands on the field.
 */
import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { ResourceForm } from './ResourceForm';
import { usePanelResource } from './usePanelResource';
import { WorkflowButtons } from './WorkflowButtons';

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
      <ResourceForm panel={panel} mode="edit" />
    </Edit>
  );
};

export default ResourceEdit;
