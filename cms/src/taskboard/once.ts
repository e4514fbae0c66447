/** Jobs and postings that must land once, even from two server instances: the database decides. */
export const isUniqueViolation = (e: unknown): boolean =>
  /unique|23505|SQLITE_CONSTRAINT/i.test(
    `${(e as { code?: string })?.code ?? ''} ${(e as Error)?.message ?? e}`,
  );

/** Run `create`; if a unique index refused it (someone else did it first), return `existing()` instead. */
export async function createOnce<T>(create: () => Promise<T>, existing: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return existing();
  }
}
