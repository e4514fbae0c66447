/**
 * 学历提升学员: the subsidy follows from the tuition and the programme's rate; a graduation with a
 * registered diploma raises the worker's education to college, once, in the same transaction as the write.
 */
import { educationAfterGraduation, graduationDue, subsidyOf } from '@yanzhen/config';
import type { Core } from '@strapi/strapi';
import { onWrite, WRITES, type Data } from '../db/on-write';
import { afterWrite, relationDocumentId } from '../db/relations';

const ENROLLMENT = 'api::enrollment.enrollment';
const PROGRAM = 'api::degree-program.degree-program';
const WORKER = 'api::worker.worker';
const TOUCHES = ['tuition', 'program', 'worker', 'status', 'diplomaRegistered'];

async function current(strapi: Core.Strapi, documentId: string | null): Promise<Data> {
  if (!documentId) return {};
  const row = (await strapi.db.query(ENROLLMENT).findOne({
    where: { documentId },
    populate: { program: { select: ['documentId'] }, worker: { select: ['documentId'] } },
  })) as Data | null;
  return row
    ? { ...row, program: relationDocumentId(row.program), worker: relationDocumentId(row.worker) }
    : {};
}

async function raiseEducation(strapi: Core.Strapi, worker: string): Promise<boolean> {
  const w = (await strapi.db
    .query(WORKER)
    .findOne({ where: { documentId: worker }, select: ['education'] })) as {
    education: string;
  } | null;
  if (!w || educationAfterGraduation(w.education) === w.education) return false;
  await strapi.documents(WORKER).update({ documentId: worker, data: { education: 'college' } });
  return true;
}

export const enrollmentEffects = onWrite(ENROLLMENT, WRITES, async (write, next) => {
  const { strapi, data, action } = write;
  if (action === 'update' && !TOUCHES.some((k) => k in data)) return next();
  return strapi.db.transaction(async () => {
    const stored = await current(strapi, write.documentId);
    // What the write says, over what is stored (a relation in a shape the write leaves alone stays).
    const merged: Data = {
      ...stored,
      ...data,
      program: afterWrite(await write.relation('program'), stored.program),
      worker: afterWrite(await write.relation('worker'), stored.worker),
    };
    const program = (await strapi.db.query(PROGRAM).findOne({
      where: { documentId: merged.program ?? '' },
      select: ['tuition', 'subsidyRate'],
    })) as { tuition: number; subsidyRate: number } | null;
    if (program) {
      if (merged.tuition == null) data.tuition = program.tuition;
      data.subsidy = subsidyOf(Number(merged.tuition ?? program.tuition), Number(program.subsidyRate));
    }
    const due = graduationDue(merged) && typeof merged.worker === 'string';
    if (due && (await raiseEducation(strapi, merged.worker as string))) data.educationRaised = true;
    return next();
  });
});
