import { appraisal } from './appraisal';
import { pay } from './pay';
import { taskBoard } from './taskBoard';
import { workforce } from './workforce';

export * from './appraisal';
export * from './pay';
export * from './taskBoard';
export * from './workforce';
export * from './labels';

/** The district's rulebook. A district changes its numbers here, not in code. */
export const rules = { taskBoard, appraisal, pay, workforce };
export type Rules = typeof rules;
