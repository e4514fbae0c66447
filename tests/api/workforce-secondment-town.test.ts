/**
 * 镇党委审核 (issue 15): a secondment is approved or rejected by the supervisor of the worker's own town,
 * or a district supervisor; a supervisor of another town, or of one community, does not decide it, and
 * the panel does not offer it to them. Every role, both decisions.
 */
import { makeSecondment, makeWorker, communityId } from '../helpers/workforce';
import { api, createAccount, firstId, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

const WHO = [
  'supervisor',
  'own-town-supervisor',
  'other-town-supervisor',
  'community-supervisor',
  'staff',
  'clerk',
  'publicity',
  'member',
  'unit',
] as const;
type Who = (typeof WHO)[number];

/** What each answers for a tested secondment of a 河西社区 worker: 404 where it is out of their sight. */
const EXPECTED: Record<Who, number> = {
  supervisor: 200,
  'own-town-supervisor': 200,
  'other-town-supervisor': 404,
  'community-supervisor': 403,
  staff: 403,
  clerk: 403,
  publicity: 403,
  member: 403,
  unit: 403,
};
const BODY = { approve: { reviewNote: '经镇党委审核，同意挂职' }, reject: { reviewNote: '名额已满' } };

let app: TestApp;
const jwt = {} as Record<Who, string>;
let hexi: string;

beforeAll(async () => {
  app = await startStrapi();
  hexi = await communityId(app.strapi, '河西社区');
  const hexiTown = await firstId(app.strapi, 'api::town.town', { name: '河西镇' });
  const other = await firstId(app.strapi, 'api::town.town', { name: '城关街道' });
  await createAccount(app.strapi, 'own-town-supervisor', { role: 'supervisor', scopeTown: hexiTown });
  await createAccount(app.strapi, 'other-town-supervisor', { role: 'supervisor', scopeTown: other });
  await createAccount(app.strapi, 'community-supervisor', { role: 'supervisor', scopeCommunity: hexi });
  for (const who of WHO) jwt[who] = await login(app, who);
});
afterAll(() => app.stop());

const cases = WHO.flatMap((who) =>
  (['approve', 'reject'] as const).map((a) => [who, a, EXPECTED[who]] as const),
);

describe('who decides a secondment', () => {
  it.each(cases)('%s: %s answers %i', async (who, action, code) => {
    const { id } = await makeSecondment(
      app.strapi,
      'tested',
      await makeWorker(app.strapi, { community: hexi }),
    );
    const as = api(app, jwt[who]);
    const res = await as.post(`/api/panel/secondments/${id}/${action}`).send(BODY[action]);
    expect(res.status).toBe(code);
    if (code === 200) expect(res.body.status).toBe(action === 'approve' ? 'approved' : 'rejected');
    if (who === 'community-supervisor')
      expect(res.body.message).toMatch(
        /^挂职由工作者所在镇（街道）党委审核：测试人员\d+属河西镇，不在您的审核范围$/,
      );
    if (code !== 200) {
      const still = await api(app, jwt.supervisor).get(`/api/panel/secondments/${id}`);
      expect(still.body.status).toBe('tested');
    }
  });

  it('offers the decision only where it would be accepted', async () => {
    const { id } = await makeSecondment(
      app.strapi,
      'tested',
      await makeWorker(app.strapi, { community: hexi }),
    );
    const can = async (who: Who) => (await api(app, jwt[who]).get(`/api/panel/secondments/${id}`)).body._can;
    expect(await can('own-town-supervisor')).toEqual(expect.arrayContaining(['approve', 'reject']));
    expect(await can('supervisor')).toEqual(expect.arrayContaining(['approve', 'reject']));
    expect(await can('community-supervisor')).not.toContain('approve');
    const en = await api(app, jwt['community-supervisor'])
      .post(`/api/panel/secondments/${id}/approve`)
      .set('Accept-Language', 'en')
      .send({});
    expect(en.body.message).toMatch(/decided by the worker’s own town: .+ belongs to 河西镇, not yours$/);
  });
});
