import { rules } from '../index';
import { labelledAppraisal } from './appraisal';

describe('labelledAppraisal', () => {
  it.each([
    ['zh', '履职尽责', '连续两年年度考核不合格的'],
    ['en', 'Duty', 'Failed the yearly appraisal two years running'],
  ] as const)('gives the items and conditions their %s texts', (locale, duty, d1) => {
    const a = labelledAppraisal(rules.appraisal, locale);
    expect(a.items[0]).toEqual({ key: 'duty', label: duty, weight: 30 });
    expect(a.dismissal[0]).toEqual({ key: 'D1', text: d1 });
    expect(a.thresholds).toEqual(rules.appraisal.thresholds);
  });
});
