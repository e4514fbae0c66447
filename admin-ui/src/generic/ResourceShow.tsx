/** Any record on one page: every field the viewer may read, with edit and workflow buttons. */
import { EditButton, Show, SimpleShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import type { FieldSchema } from '@yanzhen/config';
import { offers } from '../providers/access';
import { readable } from '../schema/mapping';
import { FieldValue } from './FieldValue';
import { RecordPageLinks } from './RecordPageLinks';
import { usePanelResource } from './usePanelResource';
import { WorkflowButtons } from './WorkflowButtons';

const stamp = (name: string): FieldSchema => ({
  name,
  type: 'datetime',
  required: false,
  unique: false,
  readOnly: true,
  labels: { zh: name, en: name },
});
const STAMPS = ['createdAt', 'updatedAt'].map(stamp);
/** Draft-and-publish content (stories) says whether and when it went out. */
const PUBLISHED = stamp('publishedAt');

/** 编辑, only where the server would take the edit (not an approved record, not outside the scope). */
const EditIfOffered = () => (offers(useRecordContext(), 'update') ? <EditButton /> : null);

const ResourceShow = () => {
  const panel = usePanelResource();
  if (!panel) return null;
  const { resource, override } = panel;
  const RecordButtons = override.recordButtons;
  const Sections = override.showSections;
  const fields = [
    ...resource.fields.filter((f) => readable(panel.panel.schema, f)),
    ...(resource.draftAndPublish ? [PUBLISHED] : []),
    ...STAMPS,
  ];
  return (
    <Show
      actions={
        <TopToolbar>
          <RecordPageLinks panel={panel.panel} resource={resource.name} />
          {RecordButtons && <RecordButtons />}
          <WorkflowButtons />
          <EditIfOffered />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        {fields.map((f) => {
          const Custom = override.fields?.[f.name]?.show;
          return Custom ? (
            <Custom key={f.name} source={f.name} />
          ) : (
            <FieldValue key={f.name} source={f.name} field={f} resource={resource.name} />
          );
        })}
      </SimpleShowLayout>
      {Sections && <Sections />}
    </Show>
  );
};

export default ResourceShow;
