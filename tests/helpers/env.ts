/** The environment every booted test Strapi shares: test mode, fixed secrets, no demo load, no cron. */
import path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const CMS = path.join(ROOT, 'cms');
/** Scratch space for test databases; TEST_TMP lets two test runs on one machine stay apart. */
export const TMP = process.env.TEST_TMP ?? path.join(ROOT, 'tests/.tmp');
export const TEMPLATE_DB = path.join(TMP, 'template.db');
export const postgres = () => process.env.DATABASE_CLIENT === 'postgres';
/** The server the PostgreSQL suite talks to; its `test` database is only used to create the others. */
export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_TEMPLATE = process.env.PG_TEMPLATE ?? 'yanzhen_template';

export function pgUrl(database: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

export function testEnv(): Record<string, string> {
  return {
    NODE_ENV: 'test',
    APP_KEYS: 'test-key-0123456789a,test-key-0123456789b',
    API_TOKEN_SALT: 'test-api-token-salt-0123456789',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret-0123456789',
    TRANSFER_TOKEN_SALT: 'test-transfer-salt-0123456789',
    JWT_SECRET: 'test-jwt-secret-0123456789abcdef',
    ENCRYPTION_KEY: 'test-encryption-key-0123456789',
    DEMO_DATA: 'false',
    CRON_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
  };
}
