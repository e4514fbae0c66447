/** 1+N mentoring: a mentor has any number of mentees, but no worker mentors themselves. */
import { onWrite } from '../db/on-write';
import { validationError } from '../panel/errors';

export const noSelfMentor = onWrite('api::worker.worker', ['update'], async (write, next) => {
  if ('mentor' in write.data && (await write.relation('mentor')) === write.documentId) {
    throw validationError('workers', { mentor: { code: 'self_mentor' } });
  }
  return next();
});
