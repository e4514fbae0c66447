/** The rule functions: pure TypeScript on the rulebook, run by the server and previewed by the panel. */
export * from './age';
export * from './appraisal';
export * from './calendar';
export * from './dates';
export * from './degree';
export * from './duplicates';
export * from './followUp';
export * from './idNumber';
export * from './pay';
export * from './quota';
export * from './ranking';
export * from './secretary';
export * from './taskTier';
export * from './training';
export * from './workUnit';
