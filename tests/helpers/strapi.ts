/**
 * A booted Strapi for one test file, on its own copy of the demo template database (SQLite file or
 * PostgreSQL database), listening on a free loopback port.
 */
import { createStrapi, type Core } from '@strapi/strapi';
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';
import { CMS, PG_ADMIN_URL, PG_TEMPLATE, pgUrl, postgres, TEMPLATE_DB, TMP, testEnv } from './env';

export interface TestApp {
  strapi: Core.Strapi;
  /** `http://127.0.0.1:<port>` */
  url: string;
  stop(): Promise<void>;
}

let count = 0;

async function pgAdmin<T>(run: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

async function freshDatabase(name: string): Promise<() => Promise<void>> {
  if (postgres()) {
    const db = `yanzhen_${name}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
    await pgAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${db}`);
      await c.query(`CREATE DATABASE ${db} TEMPLATE ${PG_TEMPLATE}`);
    });
    process.env.DATABASE_URL = pgUrl(db);
    return () => pgAdmin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`)));
  }
  const file = path.join(TMP, `${name}.db`);
  fs.copyFileSync(TEMPLATE_DB, file);
  process.env.DATABASE_FILENAME = file;
  return async () => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  };
}

interface Pool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Waits until no query is running or waiting. Strapi emits a document's events after the write
 * commits, without awaiting them (each reads the entry back); destroying the pool under such a read
 * fails the test file with "Timeout acquiring a connection" after its tests have passed.
 */
async function settled(strapi: Core.Strapi, limitMs = 10_000): Promise<void> {
  const pool = (strapi.db.connection.client as unknown as { pool?: Pool }).pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  const deadline = Date.now() + limitMs;
  let quiet = 0;
  // Idle at two checks in a row: an emit queued on commit starts its read a tick after the write.
  while (quiet < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    quiet = busy() ? 0 : quiet + 1;
  }
}

export async function startStrapi(): Promise<TestApp> {
  Object.assign(process.env, testEnv());
  count += 1;
  const drop = await freshDatabase(`t${process.env.JEST_WORKER_ID ?? 0}_${process.pid}_${count}`);
  const strapi = await createStrapi({
    appDir: CMS,
    distDir: path.join(CMS, 'dist'),
    serveAdminPanel: false,
  }).load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await settled(strapi);
      await strapi.destroy();
      await drop();
    },
  };
}
