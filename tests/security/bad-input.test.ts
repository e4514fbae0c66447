/**
 * Bad input generated from `GET /api/panel/schema`, so every resource — including ones added later — is
 * probed: for each field of each resource, values of the wrong type, out of range, too long, with a NUL
 * byte, unknown choices and ids; prototype keys in bodies, sorts and filters; broken list parameters; a
 * multipart body without a boundary. Whoever sends it, the answer is never a 5xx, and a refusal is JSON
 * that says what was wrong.
 */
import request from 'supertest';
import type { FieldSchema, ResourceSchema } from '@yanzhen/config';
import { sampleRecord } from '../helpers/fixtures';
import { dataProvider, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Resource = ResourceSchema;
interface Probe {
  method: 'get' | 'post' | 'put';
  url: string;
  /** A JSON body, or raw text sent with `type`. */
  body?: unknown;
  raw?: { type: string; text: string };
}

const PROTO = ['__proto__', 'constructor', 'prototype', 'valueOf', 'toString', 'hasOwnProperty'];
const NUL = 'a\u0000b';
const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));

/** Values no field of this type may take. */
function badValues(f: FieldSchema): unknown[] {
  const common: unknown[] = [{ $gt: '' }, NUL];
  if (f.relation) return [...common, 'no-such-id', 42, f.relation.many ? 'x' : ['x'], [NUL]];
  if (f.media) return [...common, 'abc', -1, [{ id: 'x' }]];
  switch (f.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid':
      return [...common, 'x'.repeat(Math.max(300, (f.maxLength ?? 255) + 1)), 'not an email @', ['x'], true];
    case 'integer':
    case 'decimal':
      return [...common, 'abc', 2 ** 64, (f.min ?? -1e9) - 1, (f.max ?? 1e9) + 1, '0x10', 1.5];
    case 'boolean':
      return [...common, 'yes', 2];
    case 'date':
    case 'datetime':
      return [...common, '2026-02-30', '2026-01-01\u0000', '2026-13-01T00:00:00Z', -1e20];
    case 'enumeration':
      return [...common, 'no-such-choice', 1];
    case 'json':
      return [NUL, { a: NUL }, [NUL], { [NUL]: 1 }];
    default:
      return common;
  }
}

/** Raw JSON bodies: prototype keys survive `JSON.parse` as own keys, as an attacker would send them. */
const rawBodies = [
  '{"__proto__":{"role":"supervisor"},"constructor":{"prototype":{"x":1}},"valueOf":1,"toString":1}',
  '{"hasOwnProperty":1,"prototype":{}}',
  '[]',
  'null',
  '{"a":',
];

function listProbes(r: Resource, perField: number): Probe[] {
  const url = `/api/panel/${r.name}`;
  const params = [
    ...PROTO.flatMap((k) => [
      `sort=${q([k, 'ASC'])}`,
      `filter=${q({ [k]: 1 })}`,
      `filter=${q({ [`${k}_gte`]: 1 })}`,
    ]),
    `filter=${q({ q: NUL })}`,
    `filter=${q({ q: { $ne: null } })}`,
    `filter=${q({ id: NUL })}`,
    `filter=${q({ id_gte: 'x' })}`,
    'filter={"__proto__":{"x":1}}',
    'filter={',
    'filter=[]',
    'filter=1',
    'sort={"a":1}',
    `sort=${q([NUL, 'ASC'])}`,
    'range=[0,1e400]',
    'range=["a","b"]',
    'range={',
    ...r.fields.flatMap((f) =>
      [
        `filter=${q({ [f.name]: NUL })}`,
        `filter=${q({ [`${f.name}_contains`]: NUL })}`,
        ...badValues(f).map((v) => `filter=${q({ [f.name]: v })}`),
        `filter=${q({ [`${f.name}_ne`]: [NUL] })}`,
        `sort=${q([f.name, 'SIDEWAYS'])}`,
      ].slice(0, perField),
    ),
  ];
  return params.map((p) => ({ method: 'get', url: `${url}?${p}` }));
}

/**
 * One bad field at a time, on top of `base`: a valid record for a create (so the bad value, not a missing
 * field, is what the server meets — down to the database), nothing for an update.
 */
function writeProbes(
  r: Resource,
  method: 'post' | 'put',
  url: string,
  base: Record<string, unknown>,
  perField: number,
): Probe[] {
  const bodies = r.fields
    .filter((f) => !f.readOnly)
    .flatMap((f) =>
      badValues(f)
        .slice(0, perField)
        .map((v) => ({ ...base, [f.name]: v })),
    );
  return [
    ...bodies.map((body) => ({ method, url, body })),
    ...rawBodies.map((text) => ({ method, url, raw: { type: 'application/json', text } })),
    { method, url, raw: { type: 'multipart/form-data', text: 'x' } },
    { method, url, raw: { type: 'multipart/form-data; boundary=', text: '--\r\n' } },
  ];
}

let app: TestApp;
const tally = { tried: 0, fiveHundreds: 0, refused: 0, accepted: 0 };
const failures: string[] = [];

async function send(jwt: string, p: Probe): Promise<void> {
  let t = request(app.url)[p.method](p.url).set('Authorization', `Bearer ${jwt}`);
  if (p.raw) t = t.set('Content-Type', p.raw.type).send(p.raw.text);
  else if (p.body !== undefined) t = t.send(p.body as object);
  const res = await t;
  tally.tried += 1;
  const what = `${p.method.toUpperCase()} ${decodeURIComponent(p.url)} ${p.raw?.text ?? JSON.stringify(p.body) ?? ''}`;
  if (res.status >= 500) {
    tally.fiveHundreds += 1;
    failures.push(`${res.status} ${what}`.slice(0, 300));
  } else if (res.status >= 400) {
    tally.refused += 1;
    if (typeof res.body?.error?.message !== 'string')
      failures.push(`${res.status} without a JSON error.message: ${what}`.slice(0, 300));
  } else {
    tally.accepted += 1;
  }
}

async function run(jwt: string, probes: Probe[]): Promise<void> {
  for (let i = 0; i < probes.length; i += 12)
    await Promise.all(probes.slice(i, i + 12).map((p) => send(jwt, p)));
}

/** How hard each viewer is probed: staff everywhere, the others on what differs for them (rights, scope). */
const DEPTH = {
  staff: { list: 2, create: 2, update: 4 },
  supervisor: { list: 1, create: 1, update: 2 },
  member: { list: 1, create: 0, update: 1 },
};

async function probesFor(username: keyof typeof DEPTH, jwt: string): Promise<Probe[]> {
  const depth = DEPTH[username];
  const schema = await request(app.url).get('/api/panel/schema').set('Authorization', `Bearer ${jwt}`);
  const provider = dataProvider(app, jwt);
  const probes: Probe[] = [];
  for (const r of schema.body.resources as Resource[]) {
    const url = `/api/panel/${r.name}`;
    probes.push(...listProbes(r, depth.list));
    // A resource no sample can be made for (a workflow owns its records) is still probed without one.
    const base = r.can.create && depth.create ? await sampleRecord(r, provider).catch(() => ({})) : {};
    probes.push(...writeProbes(r, 'post', url, base, depth.create));
    const first = await request(app.url).get(`${url}?range=[0,0]`).set('Authorization', `Bearer ${jwt}`);
    const id = Array.isArray(first.body) ? (first.body[0]?.id as string | undefined) : undefined;
    if (id) probes.push(...writeProbes(r, 'put', `${url}/${id}`, {}, depth.update));
  }
  return probes;
}

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => {
  console.log(
    `bad input: ${tally.tried} tried, ${tally.refused} refused with a message, ` +
      `${tally.accepted} accepted, ${tally.fiveHundreds} answered 5xx`,
  );
  await app.stop();
});

describe('bad input generated from the schema', () => {
  it.each(Object.keys(DEPTH) as (keyof typeof DEPTH)[])(
    'never answers %s with a 5xx',
    async (username) => {
      const jwt = await login(app, username);
      const before = failures.length;
      await run(jwt, await probesFor(username, jwt));
      expect(failures.slice(before)).toEqual([]);
    },
    300_000,
  );

  it.each(['/api/auth/local', '/api/auth/forgot-password', '/api/auth/local/register', '/api/panel/upload'])(
    'refuses a multipart body without a boundary on %s with a 400',
    async (url) => {
      const res = await request(app.url).post(url).set('Content-Type', 'multipart/form-data').send('x');
      tally.tried += 1;
      expect(res.status).toBe(400);
      expect(res.body.error.message).toEqual(expect.any(String));
    },
  );
});

describe('the holes that were found', () => {
  it.each<[string, Record<string, unknown>]>([
    ['email', { email: 'not-an-email' }],
    ['username', { username: 'u'.repeat(300) }],
    ['username', { username: `bad${NUL}` }],
  ])('refuses an account whose %s is bad, naming the field', async (field, change) => {
    const jwt = await login(app, 'supervisor');
    const body = {
      username: `probe${Date.now()}`,
      email: `probe${Date.now()}@example.cn`,
      password: 'Passw0rd-test',
      role: 'member',
      ...change,
    };
    const auth = { Authorization: `Bearer ${jwt}` };
    const created = await request(app.url).post('/api/panel/users').set(auth).send(body);
    expect(created.status).toBe(400);
    expect(created.body.errors).toHaveProperty(field);
    const list = await request(app.url).get('/api/panel/users?range=[0,0]').set(auth);
    const updated = await request(app.url).put(`/api/panel/users/${list.body[0].id}`).set(auth).send(change);
    expect(updated.status).toBe(400);
    expect(updated.body.errors).toHaveProperty(field);
  });

  it('answers forgot-password the same for a known and an unknown address, with no mail server', async () => {
    const [known, unknown] = await Promise.all(
      ['staff@demo.yanzhen.local', 'nobody@example.cn'].map((email) =>
        request(app.url).post('/api/auth/forgot-password').send({ email }),
      ),
    );
    expect([known.status, known.body]).toEqual([200, { ok: true }]);
    expect([unknown.status, unknown.body]).toEqual([200, { ok: true }]);
  });
});
