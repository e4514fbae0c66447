/** One current secretary per community (DESIGN.md §5): who counts, and which writes need checking. */

/** Statuses of people no longer in post; everyone else (trial, acting, seconded …) still holds their post. */
export const OFF_DUTY: readonly string[] = ['left', 'dismissed'];

export interface Post {
  position: unknown;
  /** A new record without a status gets the default, `active`. */
  status: unknown;
  community: string | null;
}

export const isCurrentSecretary = (p: Post): boolean =>
  p.position === 'secretary' && !OFF_DUTY.includes(String(p.status ?? 'active')) && Boolean(p.community);

/**
 * A write must be checked when it makes someone the current secretary of a community they did not lead
 * before; a secretary coming back from a secondment, or edited in other ways, is not a second one.
 */
export const becomesSecretary = (before: Post | null, after: Post): boolean =>
  isCurrentSecretary(after) &&
  !(before && isCurrentSecretary(before) && before.community === after.community);
