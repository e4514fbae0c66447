import type { Core } from '@strapi/strapi';
import { createAuth } from './auth';

const USER = 'plugin::users-permissions.user';
const PERMISSION = 'plugin::users-permissions.permission';

interface Counts {
  verify: number;
  user: number;
  permission: number;
}

/** A Strapi with one account (id 7, a staff member), counting what each request asks of it. */
function fakeStrapi(failUserOnce = false) {
  const counts: Counts = { verify: 0, user: 0, permission: 0 };
  let changed: () => void = () => undefined;
  let fail = failUserOnce;
  const row = {
    id: 7,
    username: 'clerk',
    blocked: false,
    passwordChangedAt: null,
    role: { id: 3, type: 'staff' },
  };
  const strapi = {
    plugin: () => ({
      service: () => ({
        verify: async (token: string) => {
          counts.verify += 1;
          if (token !== 'good') throw new Error('bad signature');
          return { id: 7, iat: 1 };
        },
      }),
    }),
    db: {
      query: (uid: string) => ({
        findOne: async () => {
          if (uid !== USER) return null;
          counts.user += 1;
          if (fail) {
            fail = false;
            throw new Error('database gone');
          }
          return { ...row, scopeTown: null, scopeCommunity: null, partnerUnit: null };
        },
        findMany: async () => {
          if (uid === PERMISSION) counts.permission += 1;
          return [{ action: 'api::worker.worker.find' }];
        },
      }),
      lifecycles: {
        subscribe: (s: { afterUpdate: () => void }) => {
          changed = s.afterUpdate;
        },
      },
    },
  } as unknown as Core.Strapi;
  return { strapi, counts, changed: () => changed() };
}

describe('createAuth', () => {
  it('checks a token and loads its account once for many requests', async () => {
    const { strapi, counts } = fakeStrapi();
    const auth = createAuth(strapi);
    const viewers = await Promise.all([1, 2, 3].map(() => auth.authenticate('Bearer good')));
    await auth.authenticate('Bearer good');
    expect(viewers[0]).toMatchObject({ id: 7, role: 'staff', scope: { level: 'district' } });
    expect(viewers[0].permissions).toEqual(new Set(['api::worker.worker.find']));
    expect(counts).toEqual({ verify: 3, user: 1, permission: 1 });
  });

  it('loads again once an account, role or permission changes', async () => {
    const { strapi, counts, changed } = fakeStrapi();
    const auth = createAuth(strapi);
    await auth.authenticate('Bearer good');
    changed();
    await auth.authenticate('Bearer good');
    expect(counts).toEqual({ verify: 2, user: 2, permission: 2 });
  });

  it('keeps no failed load', async () => {
    const { strapi, counts } = fakeStrapi(true);
    const auth = createAuth(strapi);
    await expect(auth.authenticate('Bearer good')).rejects.toThrow('database gone');
    await expect(auth.authenticate('Bearer good')).resolves.toMatchObject({ id: 7 });
    expect(counts.user).toBe(2);
  });

  it.each([undefined, '', 'Basic good', 'Bearer'])('refuses %p as unauthorized', async (header) => {
    await expect(createAuth(fakeStrapi().strapi).authenticate(header)).rejects.toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
  });

  it('refuses a token that does not verify, every time', async () => {
    const { strapi, counts } = fakeStrapi();
    const auth = createAuth(strapi);
    for (let i = 0; i < 2; i += 1)
      await expect(auth.authenticate('Bearer forged')).rejects.toMatchObject({
        status: 401,
        code: 'token_invalid',
      });
    expect(counts.verify).toBe(2);
  });
});
