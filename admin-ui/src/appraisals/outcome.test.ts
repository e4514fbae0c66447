import { fullMarks } from '@yanzhen/config';
import { previewOutcome } from './outcome';

const FULL = fullMarks();

describe('the appraisal preview', () => {
  it.each([
    ['full marks', FULL, { total: 100, grade: 'excellent', dismissalRecommended: false }],
    ['a bar on excellent caps at pass', { ...FULL, barsExcellent: ['E1'] }, { grade: 'pass' }],
    ['a bar on pass fails', { ...FULL, barsPass: ['P2'] }, { grade: 'fail' }],
    [
      'a dismissal condition recommends dismissal',
      { ...FULL, dismissal: ['D3'] },
      { dismissalRecommended: true },
    ],
    ['scores typed as text', { ...FULL, duty: '20.5', attendance: '10' }, { total: 85.5, grade: 'pass' }],
    ['below 60 fails', { ...FULL, duty: 0, attendance: 0, excellence: 0 }, { total: 40, grade: 'fail' }],
  ])('%s', (_, values, expected) => {
    expect(previewOutcome(values)).toMatchObject(expected);
  });

  it('waits for every item score', () => {
    expect(previewOutcome({ ...FULL, learning: '' })).toBeNull();
    expect(previewOutcome({ ...FULL, integrity: undefined })).toBeNull();
  });
});
