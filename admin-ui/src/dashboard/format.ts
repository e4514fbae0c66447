/** Dashboard numbers in the reader's locale: counts with separators, rates as percentages. */
export const count = (locale: string, n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);

export const percent = (locale: string, rate: number | null | undefined): string =>
  rate === null || rate === undefined
    ? '—'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
