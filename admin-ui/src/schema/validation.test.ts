import { gadgets } from './fixtures';
import { InvalidJson, validatorsFor } from './validation';

const check = (name: string, value: unknown, mode: 'create' | 'edit' = 'create') => {
  const f = gadgets.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  for (const v of validatorsFor(f, mode)) {
    const error = v(value, {}, {});
    if (error) return typeof error === 'string' ? error : (error as { message: string }).message;
  }
  return undefined;
};

describe('validators from field constraints', () => {
  it.each([
    ['name', '', 'ra.validation.required'],
    ['name', 'x'.repeat(21), 'ra.validation.maxLength'],
    ['name', '张三', undefined],
    ['count', 0, 'ra.validation.minValue'],
    ['count', 5, 'ra.validation.maxValue'],
    ['count', 2.5, 'app.validation.integer'],
    ['count', 3, undefined],
    ['rate', 2.5, undefined],
    ['email', 'nobody', 'ra.validation.email'],
    ['idNumber', '110101199001011234', undefined],
    ['idNumber', '11010119900101123', 'app.validation.idNumber'],
    ['settings', new InvalidJson('{oops'), 'app.validation.json'],
    ['settings', { a: 1 }, undefined],
    ['colour', null, 'ra.validation.required'],
  ])('%s = %j → %s', (name, value, message) => expect(check(name, value)).toBe(message));

  it('requires a password to create an account and lets an edit keep the old one', () => {
    const strict = { ...gadgets.fields.find((f) => f.name === 'password'), required: true };
    const run = (mode: 'create' | 'edit') =>
      validatorsFor(strict as (typeof gadgets.fields)[number], mode).map((v) => v('', {}, {}));
    expect(run('create')).toContainEqual('ra.validation.required');
    expect(run('edit')).not.toContainEqual('ra.validation.required');
  });
});
