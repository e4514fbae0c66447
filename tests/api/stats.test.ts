import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(() => app.stop());

describe('GET /api/panel/stats/overview on the demo district', () => {
  it("shows the document's figures on the demo's reference date", async () => {
    const res = await api(app, await login(app, 'supervisor')).get('/api/panel/stats/overview');
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.referenceDate).toBe('2026-06-30');
    expect(s.secretaries).toEqual({
      count: 39,
      averageAge: 37.9,
      collegeRate: expect.any(Number),
      concurrentRate: 1,
    });
    expect(Math.round(s.secretaries.collegeRate * 10) / 10).toBe(0.7);
    expect(s.recruitment).toEqual({ hired: 115 });
    expect(s.reserves).toMatchObject({ minimum: 3, communitiesBelow: 0 });
    expect(s.training.personTimes.provincial + s.training.personTimes.municipal).toBe(110);
    expect(s.training.personTimes.district).toBe(1200);
    expect(s.degree).toMatchObject({ courses: 48, firstCohort: 71 });
    expect(s.practice).toEqual({ branches: 35, redCommittees: 64, workersLeading: 27 });
    expect(s.secondments.selected).toBe(21);
    expect(s.honours).toEqual({ representatives: 21, nationalAdvanced: 1, demonstrationCompounds: 11 });
    expect(s.board).toMatchObject({ bigDone: 2, smallDone: 28, urgentSolved: 5 });
    expect(s.board.listed).toBeGreaterThan(0);
    expect(s.board.claimed).toBeGreaterThan(0);
    expect(s.board.awaitingApproval).toBeGreaterThan(0);
  });
});
