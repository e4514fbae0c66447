import { demoEnabled, SECRETS, unsafeSecrets } from './safety';

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
