/**
 * The panel's auth and data providers, as the browser runs them, against the real server. Only the
 * browser's storage is stood in for (Node has none); every request goes over HTTP to a booted Strapi.
 */
import type { Panel } from '@yanzhen/config';
import { createAuthProvider } from '../../admin-ui/src/providers/authProvider';
import { createDataProvider } from '../../admin-ui/src/providers/dataProvider';
import { createHttpClient } from '../../admin-ui/src/providers/http';
import { startStrapi, type TestApp } from '../helpers/strapi';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}
Object.assign(globalThis, { localStorage: new MemoryStorage(), sessionStorage: new MemoryStorage() });

let app: TestApp;
let locale = 'zh-CN';
const http = createHttpClient(() => locale);

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(() => app?.stop());
afterEach(() => {
  locale = 'zh-CN';
  localStorage.removeItem('yanzhen.jwt');
});

const providers = () => {
  const learned: Panel[] = [];
  const auth = createAuthProvider(http, { origin: app.url, onPanel: (p) => void learned.push(p) });
  const data = createDataProvider(http, `${app.url}/api/panel`);
  return { auth, data, learned };
};

describe('the auth provider', () => {
  it('logs in, knows who is there and what they may do, and tells the i18n provider the schema', async () => {
    const { auth, learned } = providers();
    await auth.login({ username: 'clerk', password: 'yanzhen-demo' });
    expect(await auth.getIdentity?.()).toMatchObject({ fullName: 'clerk' });
    const panel = (await auth.getPermissions?.({})) as Panel;
    expect(panel.me).toMatchObject({ role: 'staff', scope: { level: 'community', name: '和平社区' } });
    expect(learned).toHaveLength(1);
    expect(await auth.canAccess?.({ resource: 'workers', action: 'list' })).toBe(true);
    expect(await auth.canAccess?.({ resource: 'workers', action: 'delete' })).toBe(true);
    expect(await auth.canAccess?.({ resource: 'audit-entries', action: 'list' })).toBe(false);
    expect(await auth.canAccess?.({ resource: 'honours', action: 'edit' })).toBe(false);
  });

  it('refuses a wrong password with a message the login page translates', async () => {
    const { auth } = providers();
    await expect(auth.login({ username: 'staff', password: 'wrong-password' })).rejects.toThrow(
      'ra.auth.sign_in_error',
    );
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
  });

  it('sends the user back to the login page on a 401, with the server message', async () => {
    const { auth, data } = providers();
    await auth.login({ username: 'staff', password: 'yanzhen-demo' });
    localStorage.setItem('yanzhen.jwt', 'not-a-token');
    const error = await data
      .getList('workers', {
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      })
      .catch((e: unknown) => e);
    await expect(auth.checkError(error)).rejects.toThrow('登录已失效，请重新登录');
    // The token is forgotten, and the login page will say why the user is back there.
    expect(localStorage.getItem('yanzhen.jwt')).toBeNull();
    expect(sessionStorage.getItem('yanzhen.expired')).toBe('1');
    await auth.logout({});
    expect(sessionStorage.getItem('yanzhen.expired')).toBe('1');
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
  });
});

describe('the data provider', () => {
  beforeEach(() => providers().auth.login({ username: 'staff', password: 'yanzhen-demo' }));

  it('lists a page with its total, and gets many records whole however many are asked for', async () => {
    const { data } = providers();
    const page = await data.getList('workers', {
      pagination: { page: 1, perPage: 150 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(page.data).toHaveLength(150);
    expect(page.total).toBeGreaterThan(150);
    const ids = page.data.map((r) => r.id);
    const many = await data.getMany('workers', { ids });
    expect(many.data.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it('fetches the dashboard figures in one call', async () => {
    const o = await providers().data.overview();
    expect(o.secretaries).toMatchObject({ count: 39, averageAge: 37.9 });
    expect(o.training.personTimes).toMatchObject({ provincial: 30, municipal: 80, district: 1200 });
  });

  it('gets field messages in the language of the screen', async () => {
    const { data } = providers();
    const body = { name: 'x', idNumber: '123' };
    const zh = await data
      .create('workers', { data: body })
      .catch((e: { body: { errors: Record<string, string> } }) => e);
    locale = 'en';
    const en = await data
      .create('workers', { data: body })
      .catch((e: { body: { errors: Record<string, string> } }) => e);
    expect(zh).toMatchObject({
      status: 400,
      body: { errors: { idNumber: '身份证号应为 18 位，最后一位可以是 X', gender: '必填' } },
    });
    expect(en).toMatchObject({ status: 400, body: { errors: { gender: 'Required' } } });
  });

  it("reports a refused workflow step with the server's status and message", async () => {
    const { data } = providers();
    const error = await data
      .runAction('workers', 'no-such-id', 'fly')
      .catch((e: { status: number; message: string }) => e);
    expect(error).toMatchObject({ status: expect.any(Number), message: expect.stringMatching(/\S/) });
    expect([403, 404]).toContain((error as { status: number }).status);
  });
});
