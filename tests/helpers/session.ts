/** Logging in as demo or test accounts, and the panel through the real react-admin data provider. */
import type { Core } from '@strapi/strapi';
import { fetchUtils, type DataProvider } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import request from 'supertest';
import type { TestApp } from './strapi';

export const DEMO_PASSWORD = 'yanzhen-demo';

/** Reads a response whole as bytes (a PDF, a workbook): `.buffer(true).parse(wholeBody)`. */
export const wholeBody: Parameters<request.Test['parse']>[0] = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

export async function login(app: TestApp, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await request(app.url).post('/api/auth/local').send({ identifier: username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.jwt as string;
}

/** ra-data-simple-rest against the running server, as the panel uses it. */
export function dataProvider(app: TestApp, jwt: string, locale = 'zh-CN'): DataProvider {
  const http = (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${jwt}`);
    headers.set('Accept-Language', locale);
    return fetchUtils
      .fetchJson(url, { ...options, headers })
      .catch((e: Error & { status?: number; body?: unknown }) => {
        // Keep react-admin's HttpError (status, body) and say what the server said when a test fails.
        e.message = `${e.status} ${options.method ?? 'GET'} ${url.replace(app.url, '')}: ${JSON.stringify(e.body)}`;
        e.stack = `${e.message}\n${e.stack}`;
        throw e;
      });
  };
  return simpleRestProvider(`${app.url}/api/panel`, http);
}

/** supertest with a bearer token. */
export function api(app: TestApp, jwt?: string) {
  const auth = (t: request.Test) => (jwt ? t.set('Authorization', `Bearer ${jwt}`) : t);
  return {
    get: (url: string) => auth(request(app.url).get(url)),
    post: (url: string) => auth(request(app.url).post(url)),
    put: (url: string) => auth(request(app.url).put(url)),
    delete: (url: string) => auth(request(app.url).delete(url)),
  };
}

interface AccountOptions {
  role: string;
  scopeCommunity?: string;
  scopeTown?: string;
  partnerUnit?: string;
  blocked?: boolean;
}

/** A fresh account, for tests that need a role or scope the demo accounts do not have. */
export async function createAccount(
  strapi: Core.Strapi,
  username: string,
  o: AccountOptions,
): Promise<string> {
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: o.role } })) as { id: number };
  const { role: _, ...rest } = o;
  await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@test.yanzhen.local`,
      password: DEMO_PASSWORD,
      provider: 'local',
      confirmed: true,
      role: role.id,
      ...rest,
    });
  return username;
}

/** The documentId of the first record matching a filter, straight from the database. */
export async function firstId(
  strapi: Core.Strapi,
  uid: string,
  where: Record<string, unknown> = {},
): Promise<string> {
  const row = (await strapi.db
    .query(uid as never)
    .findOne({ where, select: ['documentId'], orderBy: { id: 'asc' } })) as {
    documentId: string;
  } | null;
  if (!row) throw new Error(`no ${uid} matches ${JSON.stringify(where)}`);
  return row.documentId;
}
