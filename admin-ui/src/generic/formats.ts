/** How a clerk reads a date and a number (issue 13): the schema's `format` of a field says which. */
import type { FieldSchema } from '@yanzhen/config';

/** A day as a clerk writes it: `2026年12月2日`, `December 2, 2026`. */
export const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

/** A year without a thousands separator, a rate as a percentage, money in yuan with fen. */
export function numberOptions(field: FieldSchema): Intl.NumberFormatOptions | undefined {
  switch (field.format) {
    case 'year':
      return { useGrouping: false };
    case 'percent':
      return { style: 'percent', maximumFractionDigits: 1 };
    case 'money':
      return { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 };
    default:
      return undefined;
  }
}
