/** Before the API tests: build the rulebook, compile Strapi, and make the demo template database. */
import { execFileSync } from 'child_process';
import path from 'path';
import { Client } from 'pg';
import { PG_ADMIN_URL, PG_TEMPLATE, pgUrl, postgres, ROOT, TEMPLATE_DB, testEnv } from './env';

async function resetPgTemplate(): Promise<void> {
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [PG_TEMPLATE],
    );
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE}`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE}`);
  } finally {
    await admin.end();
  }
}

export default async function globalSetup(): Promise<void> {
  execFileSync('npx', ['tsc', '-p', 'config'], { cwd: ROOT, stdio: 'inherit' });
  const env: Record<string, string> = { ...process.env, ...testEnv(), DEMO_DATA: 'true' } as Record<
    string,
    string
  >;
  if (postgres()) {
    await resetPgTemplate();
    env.DATABASE_URL = pgUrl(PG_TEMPLATE);
  } else {
    env.DATABASE_FILENAME = TEMPLATE_DB;
  }
  process.stdout.write('\nbuilding the demo template database…\n');
  execFileSync('node', [path.join(__dirname, 'build-template.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
