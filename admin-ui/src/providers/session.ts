/** The login token, kept in the browser so a reload keeps the user signed in. */
const KEY = 'yanzhen.jwt';
/** Set when a session ends by itself, so the login page can say why the user is back there. */
const EXPIRED = 'yanzhen.expired';

/** A JWT whose `exp` has passed: no need to ask the server to learn it is dead. */
export function isExpired(token: string, now = Date.now()): boolean {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' && payload.exp * 1000 <= now;
  } catch {
    return true;
  }
}

export const session = {
  token: (): string | null => localStorage.getItem(KEY),
  /** A new session: the note that the last one expired is no longer news. */
  save: (token: string): void => {
    localStorage.setItem(KEY, token);
    sessionStorage.removeItem(EXPIRED);
  },
  clear: (): void => localStorage.removeItem(KEY),
  noteExpired: (): void => sessionStorage.setItem(EXPIRED, '1'),
  /** The user logged out: nothing to explain on the login page. */
  forgetExpired: (): void => sessionStorage.removeItem(EXPIRED),
  /**
   * Whether the last session ended by itself. Kept until the next login or logout, so the login page
   * says why however often it renders (react-admin may mount it more than once on the way there).
   */
  wasExpired: (): boolean => sessionStorage.getItem(EXPIRED) !== null,
};
