/** Ages and rates for the dashboard. Dates are calendar dates, `YYYY-MM-DD`. */

const parts = (d: string) => d.split('-').map(Number) as [number, number, number];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The birthday in a given year; a 29 February birthday falls on 28 February in common years. */
function birthdayIn(year: number, month: number, day: number): number {
  const d = month === 2 && day === 29 && !isLeap(year) ? 28 : day;
  return Date.UTC(year, month - 1, d);
}

/** Age in years with its fraction: completed years plus the share of the current birthday-year gone by. */
export function ageOn(birthDate: string, at: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [ay, am, ad] = parts(at);
  const now = Date.UTC(ay, am - 1, ad);
  let years = ay - by;
  if (birthdayIn(ay, bm, bd) > now) years -= 1;
  const last = birthdayIn(by + years, bm, bd);
  const next = birthdayIn(by + years + 1, bm, bd);
  return years + (now - last) / (next - last);
}

/** The mean age to one decimal, or null for nobody. */
export function averageAge(birthDates: string[], at: string): number | null {
  if (birthDates.length === 0) return null;
  const sum = birthDates.reduce((s, b) => s + ageOn(b, at), 0);
  return Math.round((sum / birthDates.length) * 10) / 10;
}

/** A share from 0 to 1 to four decimals; 0 of nothing is 0. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

export const COLLEGE_OR_ABOVE: readonly string[] = ['college', 'bachelor', 'postgraduate'];
