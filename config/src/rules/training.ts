/** 培训人次 — person-times (one per attendee of a training) by level and by year. */
export const LEVELS = ['national', 'provincial', 'municipal', 'district', 'town'] as const;
export type Level = (typeof LEVELS)[number];

export interface TrainingHeld {
  level: string;
  /** `YYYY-MM-DD`; the training counts in the year it starts. */
  startDate: string;
  attendees: number;
}

export type YearTally = { year: number; total: number } & Record<Level, number>;

const isLevel = (l: string): l is Level => (LEVELS as readonly string[]).includes(l);

/** Every year with a training, oldest first, with its person-times per level and in all. */
export function personTimesByYear(trainings: TrainingHeld[]): YearTally[] {
  const years = new Map<number, YearTally>();
  for (const t of trainings) {
    if (!isLevel(t.level)) continue;
    const year = Number(t.startDate.slice(0, 4));
    const tally = years.get(year) ?? {
      year,
      total: 0,
      national: 0,
      provincial: 0,
      municipal: 0,
      district: 0,
      town: 0,
    };
    tally[t.level] += t.attendees;
    tally.total += t.attendees;
    years.set(year, tally);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
