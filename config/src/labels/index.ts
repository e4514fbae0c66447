export type { Catalog, ResourceLabels } from './types';
export { catalogs, type Locale } from './catalogs';
export { labelledAppraisal } from './appraisal';
