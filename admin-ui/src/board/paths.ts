/** Where the board's own pages live, so links and routes agree. */
export const fivePath = (memberId: string | number): string =>
  `/party-members/${encodeURIComponent(String(memberId))}/five`;

/** The public pages residents read without logging in (served by the CMS, outside the panel). */
export const PUBLIC_PAGES = [
  { key: 'board', href: '/public/board' },
  { key: 'scores', href: '/public/scores' },
  { key: 'stories', href: '/public/stories' },
  { key: 'showcases', href: '/public/showcases' },
] as const;
