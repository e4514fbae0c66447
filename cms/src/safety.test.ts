import { demoEnabled, SECRETS, unsafeAdmin, unsafeSecrets } from './safety';

const strong = Object.fromEntries(SECRETS.map((s) => [s, `${s.toLowerCase()}-0123456789abcdef`]));

describe('unsafeSecrets', () => {
  it('accepts long secrets of its own', () => expect(unsafeSecrets(strong)).toEqual([]));

  it.each([
    ['missing', { JWT_SECRET: undefined }, 'JWT_SECRET is missing'],
    ['blank', { JWT_SECRET: '  ' }, 'JWT_SECRET is missing'],
    ["Strapi's template value", { ADMIN_JWT_SECRET: 'tobemodified' }, 'ADMIN_JWT_SECRET is a placeholder'],
    ['one app key a placeholder', { APP_KEYS: 'toBeModified1,toBeModified2' }, 'APP_KEYS is a placeholder'],
    ['short', { API_TOKEN_SALT: 'abc' }, 'API_TOKEN_SALT is shorter than 16 characters'],
    ['one short app key', { APP_KEYS: '0123456789abcdefgh,short' }, 'APP_KEYS is shorter than 16 characters'],
  ])('refuses a %s secret', (_what, change, problem) => {
    expect(unsafeSecrets({ ...strong, ...change })).toEqual([problem]);
  });

  it('names every missing secret at once', () => expect(unsafeSecrets({})).toHaveLength(SECRETS.length));
});

describe('demoEnabled', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'development' }, true],
    [{ DEMO_DATA: 'false' }, false],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', DEMO_DATA: 'true' }, false],
  ])('%j → %p', (env, on) => expect(demoEnabled(env)).toBe(on));
});

describe('unsafeAdmin', () => {
  const admin = {
    YANZHEN_ADMIN_EMAIL: 'admin@district.example',
    YANZHEN_ADMIN_PASSWORD: 'a-long-pass-phrase',
  };

  it('accepts nothing set (the admin is made by hand) and a strong pair', () => {
    expect(unsafeAdmin({})).toEqual([]);
    expect(unsafeAdmin(admin)).toEqual([]);
  });

  it.each([
    [
      'short password',
      { YANZHEN_ADMIN_PASSWORD: 'short-pass1' },
      'YANZHEN_ADMIN_PASSWORD is shorter than 12 characters',
    ],
    [
      'placeholder password',
      { YANZHEN_ADMIN_PASSWORD: 'changeme' },
      'YANZHEN_ADMIN_PASSWORD is a placeholder',
    ],
    ['demo password', { YANZHEN_ADMIN_PASSWORD: 'yanzhen-demo' }, 'YANZHEN_ADMIN_PASSWORD is a placeholder'],
    ['password123', { YANZHEN_ADMIN_PASSWORD: 'Password1234' }, 'YANZHEN_ADMIN_PASSWORD is a placeholder'],
    ['missing password', { YANZHEN_ADMIN_PASSWORD: '' }, 'YANZHEN_ADMIN_PASSWORD is missing'],
    ['missing email', { YANZHEN_ADMIN_EMAIL: '' }, 'YANZHEN_ADMIN_EMAIL is missing'],
    ['bad email', { YANZHEN_ADMIN_EMAIL: 'admin' }, 'YANZHEN_ADMIN_EMAIL is not an email address'],
  ])('refuses a %s', (_what, change, problem) => {
    expect(unsafeAdmin({ ...admin, ...change })).toEqual([problem]);
  });
});
