import { evidenceLine, type Evidence } from './evidence';

const translate = (key: string, o?: Record<string, unknown>) => `${key}${o ? ` ${JSON.stringify(o)}` : ''}`;
const KEY = 'app.incentive_pages.appraisal.evidence';

const member: Evidence = {
  learning: { trainings: 3, hours: 14.5 },
  taskBoard: { points: 12, done: 4, followUps: { satisfied: 2, basic: 1, dissatisfied: 1, pending: 1 } },
};
const noMember: Evidence = { ...member, taskBoard: { ...member.taskBoard, points: null, done: 0 } };

describe('evidenceLine', () => {
  it.each<[string, Evidence, string | null]>([
    ['learning', member, `${KEY}.learning {"trainings":3,"hours":14.5}`],
    ['taskBoard', member, `${KEY}.tasks {"done":4}`],
    ['satisfaction', member, `${KEY}.follow_ups {"satisfied":2,"basic":1,"dissatisfied":1,"pending":1}`],
    ['taskBoard', noMember, `${KEY}.no_member`],
    ['satisfaction', noMember, `${KEY}.no_member`],
    ['learning', noMember, `${KEY}.learning {"trainings":3,"hours":14.5}`],
    ['duty', member, null],
  ])('%s shows its line', (item, e, expected) => expect(evidenceLine(item, e, translate)).toBe(expected));
});
