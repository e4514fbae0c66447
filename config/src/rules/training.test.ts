import { personTimesByYear, type TrainingHeld } from './training';

const none = { national: 0, provincial: 0, municipal: 0, district: 0, town: 0 };

describe('personTimesByYear', () => {
  it.each<[string, TrainingHeld[], ReturnType<typeof personTimesByYear>]>([
    ['no trainings, no years', [], []],
    [
      'one training counts each attendee once',
      [{ level: 'district', startDate: '2025-03-10', attendees: 150 }],
      [{ year: 2025, total: 150, ...none, district: 150 }],
    ],
    [
      'levels add up within a year',
      [
        { level: 'provincial', startDate: '2025-01-10', attendees: 15 },
        { level: 'municipal', startDate: '2025-12-31', attendees: 20 },
        { level: 'provincial', startDate: '2025-06-01', attendees: 15 },
      ],
      [{ year: 2025, total: 50, ...none, provincial: 30, municipal: 20 }],
    ],
    [
      'a training counts in the year it starts, years oldest first',
      [
        { level: 'town', startDate: '2026-01-01', attendees: 20 },
        { level: 'town', startDate: '2025-12-30', attendees: 12 },
      ],
      [
        { year: 2025, total: 12, ...none, town: 12 },
        { year: 2026, total: 20, ...none, town: 20 },
      ],
    ],
    [
      'a training nobody attended adds its year with nothing in it',
      [{ level: 'national', startDate: '2024-05-05', attendees: 0 }],
      [{ year: 2024, total: 0, ...none }],
    ],
    ['an unknown level is not counted', [{ level: 'village', startDate: '2025-05-05', attendees: 9 }], []],
  ])('%s', (_what, trainings, expected) => expect(personTimesByYear(trainings)).toEqual(expected));
});
