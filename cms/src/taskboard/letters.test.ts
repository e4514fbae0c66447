import { issuerOf, memberLetter, officialDate, unitLetter, type LetterFacts } from './letters';

const facts: LetterFacts = {
  year: 2026,
  issuer: '雁阵示范区委组织部',
  recipient: '张三',
  points: 120,
  reason: '全年积分 120 分。',
};

describe('officialDate', () => {
  it.each<[string, string, string]>([
    ['a day in December', '2026-12-02T04:00:00Z', '2026年12月2日'],
    ['late evening in UTC, already the next day in Shanghai', '2026-12-01T17:30:00Z', '2026年12月2日'],
    ['New Year in Shanghai while UTC is still in the old year', '2026-12-31T16:00:00Z', '2027年1月1日'],
    ['a two-digit day and month', '2026-10-31T02:00:00Z', '2026年10月31日'],
  ])('%s: %s → %s', (_what, at, date) => expect(officialDate(new Date(at), 'Asia/Shanghai')).toBe(date));
});

describe('issuerOf', () => {
  it.each<[string, Parameters<typeof issuerOf>[0], string]>([
    [
      'the setting’s issuer',
      { letterIssuer: '中共雁阵示范区委组织部', districtName: '雁阵示范区' },
      '中共雁阵示范区委组织部',
    ],
    [
      'the district’s team when no issuer is set',
      { letterIssuer: null, districtName: '雁阵示范区' },
      '雁阵示范区“揭榜领单”工作专班',
    ],
    [
      'the district’s team when the issuer is blank',
      { letterIssuer: '  ', districtName: '雁阵示范区' },
      '雁阵示范区“揭榜领单”工作专班',
    ],
    ['the team alone without settings', null, '“揭榜领单”工作专班'],
  ])('%s', (_what, setting, issuer) => expect(issuerOf(setting)).toBe(issuer));
});

describe('the letters', () => {
  it('thanks a unit, signed by the issuer', () => {
    const text = unitLetter({ ...facts, recipient: '区供电公司' });
    expect(text.split('\n')[0]).toBe('感谢信');
    expect(text).toContain('区供电公司：');
    expect(text.split('\n').at(-1)).toBe('雁阵示范区委组织部');
  });

  it('praises a member and tells their work unit, on a letter of its own', () => {
    const [praise, toUnit] = memberLetter({ ...facts, workUnit: '区第一中学' }).split('\n\n');
    expect(praise).toMatch(/^表扬信\n张三同志：/);
    expect(toUnit).toMatch(/^关于对张三同志予以通报表扬的函\n区第一中学：/);
    for (const letter of [praise, toUnit]) expect(letter.split('\n').at(-1)).toBe('雁阵示范区委组织部');
  });

  it.each(['退休', '个体经营', '', null, undefined])(
    'writes no letter to the work unit 「%s」',
    (workUnit) => {
      const text = memberLetter({ ...facts, workUnit });
      expect(text).not.toContain('\n\n');
      expect(text).not.toContain('通报表扬的函');
    },
  );
});
