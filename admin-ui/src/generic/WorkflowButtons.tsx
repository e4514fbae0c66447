/**
 * The workflow steps a resource folder declares, offered when `/me` grants them: record steps while the
 * record is in a state they start from, collection steps (drafting a quarter's scores) on the list.
 */
import { useRecordContext } from 'react-admin';
import { canDo } from '../providers/access';
import { usePanelResource } from './usePanelResource';
import { WorkflowButton } from './WorkflowButton';

export const WorkflowButtons = ({ on = 'record' }: { on?: 'record' | 'collection' }) => {
  const record = useRecordContext();
  const panel = usePanelResource();
  if (!panel || (on === 'record' && !record)) return null;
  const offered = (panel.override.actions ?? []).filter(
    (a) =>
      (a.on ?? 'record') === on &&
      canDo(panel.panel, panel.resource.name, a.name) &&
      (on === 'collection' || !a.when || a.when.values.includes(String(record?.[a.when.field]))),
  );
  return (
    <>
      {offered.map((a) => (
        <WorkflowButton
          key={a.name}
          resource={panel.resource}
          action={a}
          record={on === 'record' ? record : undefined}
        />
      ))}
    </>
  );
};
