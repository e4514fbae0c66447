/** 1+N mentoring: a mentor has any number of mentees, but no worker mentors themselves. */
import type { Core } from '@strapi/strapi';
import { PanelError } from '../panel/errors';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const idOf = (v: unknown): string | null =>
  typeof v === 'string' ? v : v && typeof v === 'object' && 'documentId' in v ? String(v.documentId) : null;

export const noSelfMentor: Middleware = async (ctx, next) => {
  if (ctx.uid !== 'api::worker.worker' || ctx.action !== 'update') return next();
  const { data, documentId } = ctx.params as { data?: Record<string, unknown>; documentId?: string };
  if (data && 'mentor' in data && idOf(data.mentor) === documentId) {
    throw new PanelError(
      400,
      'validation',
      { count: 1, fields: { resource: 'workers', fields: ['mentor'] } },
      {
        mentor: { code: 'self_mentor' },
      },
    );
  }
  return next();
};
