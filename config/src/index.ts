import { appraisal } from './appraisal';
import { pay } from './pay';
import { publicity } from './publicity';
import { taskBoard } from './taskBoard';
import { workforce } from './workforce';

export * from './appraisal';
export * from './pay';
export * from './publicity';
export * from './taskBoard';
export * from './workforce';
export * from './labels';
export * from './rules';
export * from './wire';

/** The district's rulebook. A district changes its numbers here, not in code. */
export const rules = { taskBoard, appraisal, pay, workforce, publicity };
export type Rules = typeof rules;

/** The rulebook's lists a field's values are chosen from (`pluginOptions.panel.listOf`), by name. */
export const lists: Record<string, readonly string[]> = { specialties: taskBoard.specialties };
