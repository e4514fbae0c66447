/**
 * 财政新增支出 (issue 15): what a pay table costs a year over a roster, against the table in force. Each
 * worker's pay is the payroll's own `monthlyPay`, times twelve; sums are kept in fen, so they are exact.
 */
import { cellOf, monthlyPay, type Payee, type PayTable } from './pay';

/** A year's pay in yuan: base × 12, allowances × 12, gross, the employer's 五险一金, total = gross + employer. */
export interface Yearly {
  base: number;
  allowances: number;
  gross: number;
  employer: number;
  total: number;
}

/** Workers alike in all that pay depends on, counted together, with the town they are reported under. */
export interface RosterEntry extends Payee {
  count: number;
  town: string;
}

export interface CostLine {
  headcount: number;
  /** Workers whose monthly gross would change. */
  affected: number;
  current: Yearly;
  proposed: Yearly;
  added: Yearly;
}

export interface CostReport<E extends RosterEntry> extends CostLine {
  byTown: Record<string, CostLine>;
  byPost: Record<string, CostLine>;
  /** Entries whose monthly gross would fall under the proposed table (there should be none). */
  falling: E[];
  /** Entries on a post or level one of the tables has no cell for: left out of every figure. */
  unpriced: E[];
}

const PARTS = ['base', 'allowances', 'gross', 'employer', 'total'] as const;
type Cents = Record<(typeof PARTS)[number], number>;

const cents = (x: number) => Math.round(x * 100);
const zero = (): Cents => ({ base: 0, allowances: 0, gross: 0, employer: 0, total: 0 });

/** A worker's month in fen, from the payroll's computation. */
function monthOf(p: Payee, t: PayTable, month: string): Cents {
  const m = monthlyPay(p, t, month);
  return {
    base: cents(m.base),
    allowances: cents(m.seniority) + cents(m.qualification),
    gross: cents(m.gross),
    employer: cents(m.employer.total),
    total: cents(m.cost),
  };
}

/** One worker's year under a table, or null where the table has no cell for their post and level. */
export function yearlyPay(p: Payee, t: PayTable, month: string): Yearly | null {
  if (cellOf(t, p) === undefined) return null;
  return toYuan(monthOf(p, t, month));
}

function toYuan(c: Cents, months = 12): Yearly {
  return Object.fromEntries(PARTS.map((k) => [k, (c[k] * months) / 100])) as unknown as Yearly;
}

interface Sum {
  headcount: number;
  affected: number;
  current: Cents;
  proposed: Cents;
}

const empty = (): Sum => ({ headcount: 0, affected: 0, current: zero(), proposed: zero() });

function line(s: Sum): CostLine {
  const added = Object.fromEntries(PARTS.map((k) => [k, s.proposed[k] - s.current[k]])) as Cents;
  return {
    headcount: s.headcount,
    affected: s.affected,
    current: toYuan(s.current),
    proposed: toYuan(s.proposed),
    added: toYuan(added),
  };
}

/**
 * The yearly cost of `proposed` over the roster against `current`, seniority counted as in `month`'s
 * payroll, overall, by town and by post (`byPost` keyed `"1"` … `"4"`).
 */
export function tableCost<E extends RosterEntry>(
  roster: Iterable<E>,
  proposed: PayTable,
  current: PayTable,
  month: string,
): CostReport<E> {
  const all = empty();
  const towns = new Map<string, Sum>();
  const posts = new Map<string, Sum>();
  const falling: E[] = [];
  const unpriced: E[] = [];
  const at = (m: Map<string, Sum>, k: string) => {
    const s = m.get(k) ?? empty();
    m.set(k, s);
    return s;
  };
  for (const e of roster) {
    if (cellOf(proposed, e) === undefined || cellOf(current, e) === undefined) {
      unpriced.push(e);
      continue;
    }
    const was = monthOf(e, current, month);
    const will = monthOf(e, proposed, month);
    if (will.gross < was.gross) falling.push(e);
    for (const s of [all, at(towns, e.town), at(posts, String(e.postTier))]) {
      s.headcount += e.count;
      if (will.gross !== was.gross) s.affected += e.count;
      for (const k of PARTS) {
        s.current[k] += was[k] * e.count;
        s.proposed[k] += will[k] * e.count;
      }
    }
  }
  const lines = (m: Map<string, Sum>) => Object.fromEntries([...m].map(([k, s]) => [k, line(s)]));
  return { ...line(all), byTown: lines(towns), byPost: lines(posts), falling, unpriced };
}
