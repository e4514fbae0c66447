/** The record's workflow steps its resource folder declares, offered when `/me` grants them and the state fits. */
import { useRecordContext } from 'react-admin';
import { canDo } from '../providers/access';
import { usePanelResource } from './usePanelResource';
import { WorkflowButton } from './WorkflowButton';

export const WorkflowButtons = () => {
  const record = useRecordContext();
  const panel = usePanelResource();
  if (!record || !panel) return null;
  const offered = (panel.override.actions ?? []).filter(
    (a) =>
      canDo(panel.panel, panel.resource.name, a.name) &&
      (!a.when || a.when.values.includes(String(record[a.when.field]))),
  );
  return (
    <>
      {offered.map((a) => (
        <WorkflowButton key={a.name} resource={panel.resource.name} action={a} record={record} />
      ))}
    </>
  );
};
