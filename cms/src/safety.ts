/** Production refuses to start on secrets that are missing or known to everyone. */

export const SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

/** Placeholders from Strapi's templates and our own example file. */
const KNOWN = new Set([
  'tobemodified',
  'changeme',
  'change-me',
  'secret',
  'example',
  'yanzhen',
  'yanzhen-demo',
]);
const MIN_LENGTH = 16;

/** The names of the secrets that would make a production start unsafe, each with why. */
export function unsafeSecrets(env: Record<string, string | undefined>): string[] {
  return SECRETS.flatMap((name) => {
    const value = env[name]?.trim();
    if (!value) return [`${name} is missing`];
    const parts = name === 'APP_KEYS' ? value.split(',').map((p) => p.trim()) : [value];
    if (parts.some((p) => KNOWN.has(p.toLowerCase()) || /^tobemodified/i.test(p)))
      return [`${name} is a placeholder`];
    if (parts.some((p) => p.length < MIN_LENGTH)) return [`${name} is shorter than ${MIN_LENGTH} characters`];
    return [];
  });
}

export const isProduction = (env: Record<string, string | undefined>) => env.NODE_ENV === 'production';

/** Demo data and accounts: on by default in development, never in production. */
export function demoEnabled(env: Record<string, string | undefined>): boolean {
  if (isProduction(env)) return false;
  return (env.DEMO_DATA ?? 'true').toLowerCase() !== 'false';
}

/** An administrator's password from the deployment: long enough and not a placeholder. */
export const ADMIN_PASSWORD_MIN = 12;

/**
 * Why the first administrator named by `YANZHEN_ADMIN_EMAIL`/`YANZHEN_ADMIN_PASSWORD` would be unsafe
 * (empty when neither is set: the deployment then creates one by hand).
 */
export function unsafeAdmin(env: Record<string, string | undefined>): string[] {
  const email = env.YANZHEN_ADMIN_EMAIL?.trim();
  const password = env.YANZHEN_ADMIN_PASSWORD ?? '';
  if (!email && !password) return [];
  if (!email) return ['YANZHEN_ADMIN_EMAIL is missing'];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return ['YANZHEN_ADMIN_EMAIL is not an email address'];
  if (!password) return ['YANZHEN_ADMIN_PASSWORD is missing'];
  const lower = password.trim().toLowerCase();
  if (KNOWN.has(lower) || /^tobemodified/.test(lower) || /^(password|admin)\d*$/.test(lower))
    return ['YANZHEN_ADMIN_PASSWORD is a placeholder'];
  if (password.length < ADMIN_PASSWORD_MIN)
    return [`YANZHEN_ADMIN_PASSWORD is shorter than ${ADMIN_PASSWORD_MIN} characters`];
  return [];
}
