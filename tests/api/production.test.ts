/** Production mode refuses default or missing secrets and never loads demo data or demo accounts. */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { TMP, testEnv } from '../helpers/env';

const boot = (env: Record<string, string | undefined>) => {
  const file = path.join(TMP, `production-${process.pid}-${Date.now()}.db`);
  const run = spawnSync('node', [path.join(__dirname, '../helpers/boot-once.js')], {
    env: {
      ...process.env,
      ...testEnv(),
      NODE_ENV: 'production',
      DEMO_DATA: 'true',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: file,
      ...env,
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  return run;
};

describe('NODE_ENV=production', () => {
  it.each([
    ['missing', { JWT_SECRET: '' }, 'JWT_SECRET is missing'],
    ["Strapi's placeholder", { ADMIN_JWT_SECRET: 'toBeModified' }, 'ADMIN_JWT_SECRET is a placeholder'],
    ['short', { APP_KEYS: 'abc,def' }, 'APP_KEYS is shorter than 16 characters'],
  ])('refuses to start with a %s secret, and says which', (_what, env, problem) => {
    const run = boot(env);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('Refusing to start in production');
    expect(run.stdout + run.stderr).toContain(problem);
  });

  it('starts with proper secrets on an empty database and loads no demo data or accounts', () => {
    const run = boot({});
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    expect(line).toBeDefined();
    expect(JSON.parse((line as string).slice(7))).toEqual({
      communities: 0,
      workers: 0,
      users: 0,
      roles: ['authenticated', 'member', 'public', 'publicity', 'staff', 'supervisor', 'unit'],
    });
  });
});
