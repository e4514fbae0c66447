/** The board's calendar in the district's time zone (Asia/Shanghai by default). */
import { taskBoard, type TaskBoardRules } from '../taskBoard';

type Calendar = TaskBoardRules['calendar'];

/** A formatter per time zone: making one costs a thousand times more than using it (an import asks per row). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in a time zone. */
export function localParts(at: Date, timeZone: string) {
  const f = formatterFor(timeZone);
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday) + 1;
  return { date: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour), minute: Number(p.minute), weekday };
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The issue date of the board in force at an instant: the last posting day whose posting time has come. */
export function currentBoardDate(at: Date, cal: Calendar = taskBoard.calendar): string {
  const now = localParts(at, cal.timeZone);
  let back = (now.weekday - cal.boardWeekday + 7) % 7;
  const beforePosting = now.hour * 60 + now.minute < cal.boardHour * 60 + cal.boardMinute;
  if (back === 0 && beforePosting) back = 7;
  return addDays(now.date, -back);
}

/** `2026-Q3` for a calendar date. */
export function quarterOf(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return `${y}-Q${Math.ceil(m / 3)}`;
}

/** Today's date in the district (the UTC date is still yesterday before 08:00 in Shanghai). */
export const districtToday = (at: Date = new Date()): string =>
  localParts(at, taskBoard.calendar.timeZone).date;
