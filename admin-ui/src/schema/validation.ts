/**
 * The content type's constraints as form validators, so most mistakes are caught before saving; the
 * server checks again and its field messages land on the same inputs.
 */
import {
  email,
  maxLength,
  maxValue,
  minLength,
  minValue,
  number,
  regex,
  required,
  type Validator,
} from 'react-admin';
import type { FieldSchema, MaskKind } from '@yanzhen/config';

/** A JSON text area's value when the text does not parse: kept so the user can fix it. */
export class InvalidJson {
  constructor(readonly text: string) {}
}

const MASK_MESSAGES: Partial<Record<MaskKind, string>> = {
  idNumber: 'app.validation.idNumber',
  phone: 'app.validation.phone',
};

const integer: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || Number.isInteger(Number(value))
    ? undefined
    : 'app.validation.integer';

const json: Validator = (value: unknown) =>
  value instanceof InvalidJson ? 'app.validation.json' : undefined;

export function validatorsFor(f: FieldSchema, mode: 'create' | 'edit'): Validator[] {
  const out: Validator[] = [];
  // A password is only required to create an account; leaving it empty on edit keeps it.
  if (f.required && f.type !== 'boolean' && !(f.writeOnly && mode === 'edit')) out.push(required());
  if (f.type === 'integer' || f.type === 'decimal') {
    out.push(number());
    if (f.type === 'integer') out.push(integer);
    if (f.min !== undefined) out.push(minValue(f.min));
    if (f.max !== undefined) out.push(maxValue(f.max));
  }
  if (f.minLength !== undefined) out.push(minLength(f.minLength));
  if (f.maxLength !== undefined) out.push(maxLength(f.maxLength));
  if (f.regex)
    out.push(regex(new RegExp(f.regex), (f.mask && MASK_MESSAGES[f.mask]) ?? 'app.validation.format'));
  if (f.type === 'email') out.push(email());
  if (f.type === 'json') out.push(json);
  return out;
}
