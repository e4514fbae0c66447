import { NON_UNITS, realWorkUnit } from './workUnit';

describe('realWorkUnit', () => {
  it.each<[string, string | null | undefined, string | null]>([
    ['a school', '区第一中学', '区第一中学'],
    ['a bureau, spaces around it trimmed', '  市医疗保障局 ', '市医疗保障局'],
    ['a unit whose name contains a non-unit word', '区退休干部管理局', '区退休干部管理局'],
    ['a unit with brackets in its name', '区人民医院（东院）', '区人民医院（东院）'],
    ['no value', null, null],
    ['nothing written', undefined, null],
    ['an empty field', '', null],
    ['only spaces', ' \u3000 ', null],
    ['a dash for none', '—', null],
    ['a slash for none', '/', null],
    ['retired', '退休', null],
    ['retired, in brackets', '（退休）', null],
    ['retired, with a full stop', '退休。', null],
    ['long retired', '离休', null],
    ['none', '无', null],
    ['job-seeking', '待业', null],
    ['out of work', '无业', null],
    ['self-employed', '个体', null],
    ['self-employed business, as the demo writes it', '个体经营', null],
    ['freelance', '自由职业', null],
    ['a student, spaced out', ' 学 生 ', null],
  ])('%s: %p → %p', (_what, text, unit) => expect(realWorkUnit(text)).toBe(unit));

  it.each(NON_UNITS.map((w) => [w]))('writes no letter to 「%s」', (word) =>
    expect(realWorkUnit(word)).toBeNull(),
  );
});
