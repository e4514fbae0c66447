/**
 * A mainland resident ID number (GB 11643-1999): 17 digits — region, birth date YYYYMMDD, sequence —
 * and a check character. The sequence's last digit is odd for men, even for women.
 */
import { isCalendarDate } from './dates';

export type IdNumberCheck =
  | { ok: true; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; reason: 'id_length' | 'id_birth_date' | 'id_check_digit' };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character the first 17 digits call for. */
export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return CHECK[sum % 11];
}

export function checkIdNumber(raw: string): IdNumberCheck {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'id_length' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < '1900-01-01') return { ok: false, reason: 'id_birth_date' };
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'id_check_digit' };
  return { ok: true, birthDate, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}
