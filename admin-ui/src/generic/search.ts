/** What a reference picker sends as the user types: `q` when the target has text to search, else nothing. */
export const searchFilter =
  (searchable: boolean) =>
  (text: string): Record<string, string> =>
    searchable && text ? { q: text } : {};
