/** Publishing is Strapi's draft and publish: only publicity staff and supervisors may (the matrix says who). */
import { PanelError } from '../panel/errors';
import type { Workflow } from '../panel/workflow';

const STORY = 'api::story.story';

/** A story's publication state (`draft`, `published`, `modified`: published, with changes since). */
const stateOf = (record: Record<string, unknown>) => String(record.publicationState);

export const storyWorkflow: Workflow = {
  record: {
    publish: {
      allows: ({ record }) =>
        stateOf(record) === 'published' ? new PanelError(409, 'story_published') : null,
      run: ({ strapi, record }) =>
        strapi
          .documents(STORY)
          .publish({ documentId: record.id })
          .then(() => undefined),
    },
    unpublish: {
      allows: ({ record }) => (stateOf(record) === 'draft' ? new PanelError(409, 'story_unpublished') : null),
      run: ({ strapi, record }) =>
        strapi
          .documents(STORY)
          .unpublish({ documentId: record.id })
          .then(() => undefined),
    },
  },
};
