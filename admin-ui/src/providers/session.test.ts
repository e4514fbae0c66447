import { isExpired } from './session';

const token = (payload: object) => `h.${btoa(JSON.stringify(payload)).replace(/=+$/, '')}.s`;

describe('login tokens', () => {
  it('knows a token past its expiry without asking the server', () => {
    expect(isExpired(token({ id: 1, exp: 1000 }), 2_000_000)).toBe(true);
    expect(isExpired(token({ id: 1, exp: 3000 }), 2_000_000)).toBe(false);
  });
  it('treats a token it cannot read as expired', () => expect(isExpired('garbage')).toBe(true));
  it('keeps a token that does not expire', () => expect(isExpired(token({ id: 1 }))).toBe(false));
});
