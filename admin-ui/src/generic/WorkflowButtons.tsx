/**
 * The workflow steps the server offers: record steps the record's `_can` lists (the server decides them
 * by the checks that would refuse the step), collection steps (drafting a quarter's scores) on the list.
 */
import { useRecordContext } from 'react-admin';
import { offers } from '../providers/access';
import { usePanelResource } from './usePanelResource';
import { WorkflowButton } from './WorkflowButton';

export const WorkflowButtons = ({ on = 'record' }: { on?: 'record' | 'collection' }) => {
  const record = useRecordContext();
  const panel = usePanelResource();
  if (!panel || (on === 'record' && !record)) return null;
  const offered = panel.resource.steps.filter(
    (s) => s.on === on && (on === 'collection' || offers(record, s.name)),
  );
  return (
    <>
      {offered.map((s) => (
        <WorkflowButton
          key={s.name}
          resource={panel.resource}
          action={s}
          record={on === 'record' ? record : undefined}
          preview={panel.override.stepPreviews?.[s.name]}
        />
      ))}
    </>
  );
};
