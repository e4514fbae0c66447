import type { FieldIssue } from './messages';
import { toField, type Field, type RawAttribute } from './model';
import { isCalendarDate, readScalar, readValue, type Read } from './values';

const field = (a: RawAttribute): Field => {
  const f = toField('f', a);
  if (!f) throw new Error(`no field for ${a.type}`);
  return f;
};

const value = (v: unknown): Read => ({ ok: true, value: v });
const issue = (code: FieldIssue['code'], params?: FieldIssue['params']): Read => ({
  ok: false,
  issue: { code, params },
});

describe('isCalendarDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2026-02-28', '2028-02-29', '2000-02-29', '2026-04-30'])(
    '%p is a day of the calendar',
    (s) => expect(isCalendarDate(s)).toBe(true),
  );

  it.each([
    ['2026-02-29', 'February 29th of a common year'],
    ['2100-02-29', 'February 29th of a century that is not a leap year'],
    ['2026-04-31', 'April 31st'],
    ['2026-00-10', 'month 0'],
    ['2026-13-01', 'month 13'],
    ['2026-01-00', 'day 0'],
    ['2026-1-01', 'a one-digit month'],
    ['26-01-01', 'a two-digit year'],
    ['2026/01/01', 'slashes'],
    [' 2026-01-01', 'a leading space'],
    ['2026-01-01T00:00:00Z', 'a time after the day'],
    ['', 'empty text'],
  ])('%p is not (%s)', (s) => expect(isCalendarDate(s)).toBe(false));
});

describe('readScalar', () => {
  describe.each(['string', 'text', 'richtext', 'uid'])('a field of type %s', (type) => {
    it.each<[string, unknown, Read]>([
      ['keeps text as it is', '张三 ', value('张三 ')],
      ['keeps empty text', '', value('')],
      ['turns a number into text', 42, value('42')],
      ['refuses NaN', Number.NaN, issue('type_string')],
      ['refuses a boolean', true, issue('type_string')],
      ['refuses an object', { zh: '张三' }, issue('type_string')],
      ['refuses a list', ['张三'], issue('type_string')],
      ['refuses a NUL byte, which PostgreSQL cannot store', 'a\u0000b', issue('nul_char')],
    ])('%s', (_what, raw, expected) => expect(readScalar(field({ type }), raw)).toEqual(expected));
  });

  it.each<[unknown, Read]>([
    ['li.ming@example.cn', value('li.ming@example.cn')],
    ['', value('')],
    ['not-an-email', issue('email')],
    ['a@b', issue('email')],
    ['a b@example.cn', issue('email')],
    [42, issue('type_string')],
  ])('an email field reads %p as %p', (raw, expected) =>
    expect(readScalar(field({ type: 'email' }), raw)).toEqual(expected),
  );

  it.each<[string, unknown]>([
    ['json', { a: ['x\u0000'] }],
    ['json', { 'k\u0000': 1 }],
    ['enumeration', '\u0000'],
    ['date', '2026-01-01\u0000'],
  ])('refuses a NUL byte anywhere in a %s value', (type, raw) =>
    expect(readScalar(field({ type, enum: ['a'] } as RawAttribute), raw)).toEqual(issue('nul_char')),
  );

  describe.each<[string, RawAttribute, [unknown, unknown][], unknown[], FieldIssue]>([
    [
      'an enumeration',
      { type: 'enumeration', enum: ['active', 'left'] },
      [
        ['active', 'active'],
        ['left', 'left'],
      ],
      ['Active', '在岗', '', 1, null],
      { code: 'enum', params: { choices: 'active, left' } },
    ],
    [
      'an integer',
      { type: 'integer' },
      [
        [3, 3],
        [0, 0],
        [-7, -7],
        ['12', 12],
        [' 12 ', 12],
        ['-3', -3],
        ['1e3', 1000],
        [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      ],
      [
        Number.MAX_SAFE_INTEGER + 1,
        2.5,
        '2.5',
        '',
        '  ',
        '三',
        '0x10',
        '0b11',
        Number.POSITIVE_INFINITY,
        true,
        null,
      ],
      { code: 'type_integer' },
    ],
    ['a biginteger', { type: 'biginteger' }, [['8', 8]], ['8.5'], { code: 'type_integer' }],
    [
      'a decimal',
      { type: 'decimal' },
      [
        [2.5, 2.5],
        ['2.5', 2.5],
        ['-0.25', -0.25],
        ['.5', 0.5],
        ['1e3', 1000],
        [7, 7],
      ],
      ['', '2,5', '0x10', '½', Number.NaN, Number.NEGATIVE_INFINITY, 'Infinity', false],
      { code: 'type_number' },
    ],
    ['a float', { type: 'float' }, [['0.5', 0.5]], ['half'], { code: 'type_number' }],
    [
      'a boolean',
      { type: 'boolean' },
      [
        [true, true],
        [false, false],
        ['true', true],
        ['false', false],
      ],
      [1, 0, 'yes', '是', '', null],
      { code: 'type_boolean' },
    ],
    [
      'a date',
      { type: 'date' },
      [
        ['2026-02-28', '2026-02-28'],
        ['2028-02-29', '2028-02-29'],
        ['2026-02-28T16:00:00.000Z', '2026-02-28'],
      ],
      ['2026-02-29', '2026-02-29T00:00:00.000Z', '2026-02-28 10:00', '2026-2-28', '28/02/2026', '', 20260228],
      { code: 'type_date' },
    ],
    [
      'a datetime',
      { type: 'datetime' },
      [
        ['2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z'],
        ['2026-03-01T09:00:00+08:00', '2026-03-01T01:00:00.000Z'],
        ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
        ['2026-03-01', '2026-03-01T00:00:00.000Z'],
        [Date.UTC(2026, 2, 1), '2026-03-01T00:00:00.000Z'],
      ],
      [
        '2026-02-29T09:00:00Z',
        '2026-02-30T09:00:00Z',
        '2026-03-01T25:00:00Z',
        '2026-03-01Tnoon',
        '1',
        'hello 1',
        'Mar 1 2026',
        '',
        true,
        null,
      ],
      { code: 'type_datetime' },
    ],
  ])('%s', (_what, attribute, accepted, refused, problem) => {
    it.each(accepted)('stores %p as %p', (raw, stored) =>
      expect(readScalar(field(attribute), raw)).toEqual(value(stored)),
    );
    it.each(refused.map((raw) => [raw]))('refuses %p', (raw) =>
      expect(readScalar(field(attribute), raw)).toEqual(issue(problem.code, problem.params)),
    );
  });

  it.each<[unknown]>([[{ a: [1, 2] }], [[1, '二']], ['text'], [3], [null]])(
    'a json field takes %j as it is',
    (raw) => expect(readScalar(field({ type: 'json' }), raw)).toEqual(value(raw)),
  );
});

describe('readValue', () => {
  describe('checks the range of numbers', () => {
    const tier = field({ type: 'integer', min: 1, max: 4 });
    const rate = field({ type: 'decimal', min: '0.5', max: '1' });
    it.each<[string, Field, unknown, Read]>([
      ['the lowest tier', tier, 1, value(1)],
      ['the highest tier', tier, 4, value(4)],
      ['a tier below the range', tier, 0, issue('min', { min: 1 })],
      ['a tier above the range', tier, 5, issue('max', { max: 4 })],
      ['a tier given as text', tier, '5', issue('max', { max: 4 })],
      ['a rate at its floor (limits written as text in the schema)', rate, 0.5, value(0.5)],
      ['a rate just under its floor', rate, 0.49, issue('min', { min: 0.5 })],
      ['a rate just over its ceiling', rate, 1.01, issue('max', { max: 1 })],
    ])('%s', (_what, f, raw, expected) => expect(readValue(f, raw)).toEqual(expected));

    it('still reports the type before the range', () =>
      expect(readValue(tier, 'two')).toEqual(issue('type_integer')));
  });

  it.each<[string, number, Read]>([
    ['string', 255, value('x'.repeat(255))],
    ['string', 300, issue('max_length', { max: 255 })],
    ['uid', 256, issue('max_length', { max: 255 })],
    ['text', 300, value('x'.repeat(300))],
  ])('a %s field without a maxLength of its own takes %i characters: %p', (type, n, expected) =>
    expect(readValue(field({ type } as RawAttribute), 'x'.repeat(n))).toEqual(expected),
  );

  describe('counts lengths in characters, not bytes', () => {
    const name = field({ type: 'string', minLength: 2, maxLength: 4 });
    it.each<[string, unknown, Read]>([
      ['a two-character Chinese name (6 bytes)', '张三', value('张三')],
      ['a four-character Chinese name (12 bytes)', '欧阳娜娜', value('欧阳娜娜')],
      ['a five-character Chinese name', '爱新觉罗氏', issue('max_length', { max: 4 })],
      ['a one-character name', '张', issue('min_length', { min: 2 })],
      ['a name with a character outside the BMP', '𠀀𠀀𠀀𠀀', value('𠀀𠀀𠀀𠀀')],
      ['a name of four emoji', '😀😀😀😀', value('😀😀😀😀')],
      ['empty text under a minimum', '', issue('min_length', { min: 2 })],
    ])('%s', (_what, raw, expected) => expect(readValue(name, raw)).toEqual(expected));
  });

  describe('matches the pattern', () => {
    const idNumber = field({ type: 'string', regex: '^\\d{17}[\\dXx]$' });
    it.each<[string, unknown, Read]>([
      ['a whole ID number', '11010119900307123X', value('11010119900307123X')],
      ['a short ID number', '12345', issue('regex')],
      ['an ID number with a letter inside', '1101011990030712A4', issue('regex')],
      ['empty text (the pattern is skipped)', '', value('')],
    ])('%s', (_what, raw, expected) => expect(readValue(idNumber, raw)).toEqual(expected));
  });

  it('does not apply length limits to enumeration values', () => {
    const f: Field = { ...field({ type: 'enumeration', enum: ['postgraduate'] }), maxLength: 3 };
    expect(readValue(f, 'postgraduate')).toEqual(value('postgraduate'));
  });

  it('passes a value with no limits through', () =>
    expect(readValue(field({ type: 'boolean' }), 'false')).toEqual(value(false)));
});
