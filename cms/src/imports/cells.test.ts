import { cellText, halfWidth, readCell, readChoice, readDate } from './cells';

const GENDER = { male: '男', female: '女' };
const GENDER_EN = { male: 'Male', female: 'Female' };

describe('readCell: values as clerks type them', () => {
  it.each([
    ['date', '1988-03-05', '1988-03-05'],
    ['date', '1988/3/5', '1988-03-05'],
    ['date', '1988.3.5', '1988-03-05'],
    ['date', '1988年3月5日', '1988-03-05'],
    ['date', ' １９８８年３月５日 ', '1988-03-05'],
    ['date', '19880305', '1988-03-05'],
    ['date', '1988-03-05 00:00:00', '1988-03-05'],
    ['date', new Date(Date.UTC(1988, 2, 5)), '1988-03-05'],
    ['date', 32207, '1988-03-05'],
    ['date', { formula: 'DATE(1988,3,5)', result: new Date(Date.UTC(1988, 2, 5)) }, '1988-03-05'],
    ['date', '三月五日', '三月五日'],
    ['date', '1988-02-30', '1988-02-30'],
    ['date', null, ''],
    ['boolean', '是', true],
    ['boolean', '否', false],
    ['boolean', ' Y ', true],
    ['boolean', 'false', false],
    ['boolean', true, true],
    ['boolean', '1', true],
    ['boolean', '也许', '也许'],
    ['integer', '1,234', 1234],
    ['integer', ' １２３ ', 123],
    ['decimal', '1，234.50', 1234.5],
    ['decimal', '12 345.6', 12345.6],
    ['decimal', 3.5, 3.5],
    ['integer', '十二', '十二'],
    ['integer', '0x10', '0x10'],
    ['integer', '', ''],
    ['string', '  张 三  ', '张 三'],
    ['string', '１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X'],
    ['string', '全角，标点保留', '全角，标点保留'],
    ['string', 13812345678, '13812345678'],
    ['string', { richText: [{ text: '张' }, { text: '三' }] }, '张三'],
    ['string', { text: 'a@b.cn', hyperlink: 'mailto:a@b.cn' }, 'a@b.cn'],
    ['string', { error: '#N/A' }, ''],
  ] as const)('%s %j → %j', (kind, raw, expected) => {
    expect(readCell(kind, raw as never, [GENDER])).toEqual(expected);
  });

  it.each([
    ['男', 'male'],
    ['female', 'female'],
    ['Female', 'female'],
    [' 女 ', 'female'],
    ['FEMALE', 'female'],
    ['未知', '未知'],
  ])('the enum value %j is %j', (typed, value) => {
    expect(readChoice(typed, [GENDER, GENDER_EN])).toBe(value);
  });

  const SKILLS = { medical: '医疗卫生', legal: '法律咨询' };
  it.each([
    ['医疗卫生、法律咨询', ['medical', 'legal']],
    ['医疗卫生，法律咨询', ['medical', 'legal']],
    ['医疗卫生; legal', ['medical', 'legal']],
    ['医疗卫生 / 法律咨询', ['medical', 'legal']],
    ['  医疗卫生  ', ['medical']],
    ['医疗卫生、会修电脑', ['medical', '会修电脑']],
  ])('the list %j is %j', (typed, list) => {
    expect(readCell('list', typed, [SKILLS])).toEqual(list);
  });
});

describe('helpers', () => {
  it('reads full-width ASCII and the ideographic space as half-width', () => {
    expect(halfWidth('ＡＢＣ　１２３！')).toBe('ABC 123!');
  });
  it('reads a formula cell by its result and an empty cell as empty', () => {
    expect(cellText({ formula: 'A1&B1', result: '张三' })).toBe('张三');
    expect(cellText(undefined)).toBe('');
  });
  it('reads Excel serial 1 as 1899-12-31 (the day after its epoch)', () => {
    expect(readDate(1)).toBe('1899-12-31');
  });
});
