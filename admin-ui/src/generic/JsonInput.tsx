/** JSON as an editable text area: text that does not parse stays as typed and is marked invalid. */
import { TextInput, type TextInputProps } from 'react-admin';
import { InvalidJson } from '../schema/validation';

const format = (value: unknown): string => {
  if (value instanceof InvalidJson) return value.text;
  return value === null || value === undefined ? '' : JSON.stringify(value, null, 2);
};

const parse = (text: string): unknown => {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return new InvalidJson(text);
  }
};

export const JsonInput = (props: TextInputProps) => (
  <TextInput
    {...props}
    multiline
    minRows={4}
    format={format}
    parse={parse}
    sx={{ '& textarea': { fontFamily: 'monospace' } }}
  />
);
