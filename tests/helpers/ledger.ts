/**
 * The ledger's invariant, checked after every test that writes it: each holder's per-quarter total is the
 * sum of that holder's entries in the quarter (points, tasks done, entries), as the server's own SQL finds.
 */
import type { Core } from '@strapi/strapi';
import { fromDist } from './board';

interface Drift {
  quarter: string;
  holder: string;
}

const table = () => fromDist<{ totalsDrift(s: Core.Strapi): Promise<Drift[]> }>('taskboard/totals-table.js');

/** Where the totals and the ledger disagree: empty when they agree. */
export const totalsDrift = (strapi: Core.Strapi): Promise<Drift[]> => table().totalsDrift(strapi);

export async function expectTotalsMatchLedger(strapi: Core.Strapi): Promise<void> {
  expect(await totalsDrift(strapi)).toEqual([]);
}
