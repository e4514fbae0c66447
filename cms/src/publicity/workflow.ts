/** Publishing is Strapi's draft and publish: only publicity staff and supervisors may (the matrix says who). */
import type { Workflow } from '../panel/workflow';

const STORY = 'api::story.story';

export const storyWorkflow: Workflow = {
  record: {
    publish: {
      run: ({ strapi, record }) =>
        strapi
          .documents(STORY)
          .publish({ documentId: record.id })
          .then(() => undefined),
    },
    unpublish: {
      run: ({ strapi, record }) =>
        strapi
          .documents(STORY)
          .unpublish({ documentId: record.id })
          .then(() => undefined),
    },
  },
};
