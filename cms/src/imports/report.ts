/** An import's report before any row is read. */
import type { ImportReport } from '@yanzhen/config';

export const emptyReport = (rows: number): ImportReport => ({
  rows,
  created: 0,
  updated: 0,
  unchanged: 0,
  failed: 0,
  errors: [],
  committed: false,
  job: null,
});
