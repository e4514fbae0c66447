/** The checks across a record's fields and the values clerks type (issue 12: data that must not get in). */
import { toField, toResource, type RawAttribute } from './model';
import { checkRecord } from './validate';
import { monthOf } from '@yanzhen/config';
import { readValue } from './values';

const panel = (p: Record<string, unknown>) => ({ pluginOptions: { panel: p } });
const people = toResource({
  uid: 'api::worker.worker',
  kind: 'collectionType',
  info: { singularName: 'worker', pluralName: 'workers', displayName: '社区工作者' },
  attributes: {
    birthDate: { type: 'date', ...panel({ notFuture: true }) },
    hireDate: {
      type: 'date',
      ...panel({ notBefore: 'birthDate', minAge: { from: 'birthDate', years: 18 } }),
    },
    startDate: { type: 'date' },
    endDate: { type: 'date', ...panel({ notBefore: 'startDate' }) },
    claimedAt: { type: 'datetime' },
    doneAt: { type: 'date', ...panel({ notBefore: 'claimedAt', notFuture: true }) },
    startYear: { type: 'integer' },
    endYear: { type: 'integer', ...panel({ notBefore: 'startYear' }) },
  },
});

const TODAY = '2026-12-02';
const all = (r: Record<string, unknown>) => new Set(Object.keys(r));

describe('checkRecord', () => {
  it.each([
    ['a birth date today', { birthDate: TODAY }, {}],
    ['a birth date tomorrow', { birthDate: '2026-12-03' }, { birthDate: 'not_future' }],
    ['an end on its start day', { startDate: '2026-03-01', endDate: '2026-03-01' }, {}],
    [
      'an end before its start',
      { startDate: '2026-03-02', endDate: '2026-03-01' },
      { endDate: 'not_before' },
    ],
    ['an end without a start', { endDate: '2026-03-01' }, {}],
    ['hired on the 18th birthday', { birthDate: '2000-05-06', hireDate: '2018-05-06' }, {}],
    ['hired the day before it', { birthDate: '2000-05-06', hireDate: '2018-05-05' }, { hireDate: 'min_age' }],
    ['hired before birth', { birthDate: '2000-05-06', hireDate: '1999-01-01' }, { hireDate: 'not_before' }],
    [
      'done before the claim, by the district’s day',
      { claimedAt: '2026-03-04T17:00:00.000Z', doneAt: '2026-03-04' },
      { doneAt: 'not_before' },
    ],
    [
      'done on the claim’s day in Shanghai',
      { claimedAt: '2026-03-04T15:00:00.000Z', doneAt: '2026-03-04' },
      {},
    ],
    [
      'done in the future',
      { claimedAt: '2026-03-04T01:00:00.000Z', doneAt: '2026-12-03' },
      { doneAt: 'not_future' },
    ],
    [
      'a programme ending the year before it starts',
      { startYear: 2025, endYear: 2024 },
      { endYear: 'not_before' },
    ],
    ['a programme of one year', { startYear: 2025, endYear: 2025 }, {}],
  ])('%s', (_what, record, expected) => {
    const issues = checkRecord(people, record, all(record), TODAY);
    expect(Object.fromEntries(Object.entries(issues).map(([k, v]) => [k, v.code]))).toEqual(expected);
  });

  it('judges only what the write touches: an old record with a bad pair is not refused for another field', () => {
    const record = { startDate: '2026-03-02', endDate: '2026-03-01', birthDate: '1990-01-01' };
    expect(checkRecord(people, record, new Set(['birthDate']), TODAY)).toEqual({});
    expect(Object.keys(checkRecord(people, record, new Set(['startDate']), TODAY))).toEqual(['endDate']);
  });

  it('names the other field and its value in the issue', () => {
    const issues = checkRecord(
      people,
      { startDate: '2026-03-02', endDate: '2026-03-01' },
      all({ endDate: 1 }),
      TODAY,
    );
    expect(issues.endDate).toEqual({
      code: 'not_before',
      params: { other: { resource: 'workers', field: 'startDate' }, value: '2026-03-02' },
    });
  });
});

describe('values clerks type', () => {
  const month = toField('month', {
    type: 'string',
    regex: '^\\d{4}-(0[1-9]|1[0-2])$',
    ...panel({ format: 'month' }),
  } as RawAttribute)!;
  it.each([
    ['2026-12', '2026-12'],
    ['2026年12月', '2026-12'],
    ['2026年3月', '2026-03'],
    ['2026/3', '2026-03'],
    [' 2026.03 ', '2026-03'],
    ['2026-13', '2026-13'],
    ['十二月', '十二月'],
  ])('the month %j reads as %j', (typed, read) => {
    expect(monthOf(typed)).toBe(read);
  });
  it.each([
    ['2026年12月', { ok: true, value: '2026-12' }],
    ['2026-13', { ok: false, issue: { code: 'month_format' } }],
    ['12月', { ok: false, issue: { code: 'month_format' } }],
  ])('a month field takes %j as %j', (typed, read) => {
    expect(readValue(month, typed)).toEqual(read);
  });

  const id = toField('idNumber', {
    type: 'string',
    regex: '^\\d{17}[\\dXx]$',
    ...panel({ mask: 'idNumber' }),
  } as RawAttribute)!;
  it.each([
    ['11010519491231002x', { ok: true, value: '11010519491231002X' }],
    ['110105194912310021', { ok: false, issue: { code: 'id_check_digit' } }],
    ['11010519490230002X', { ok: false, issue: { code: 'id_birth_date' } }],
    ['123', { ok: false, issue: { code: 'id_length' } }],
  ])('an ID number field takes %j as %j', (typed, read) => {
    expect(readValue(id, typed)).toEqual(read);
  });
});
