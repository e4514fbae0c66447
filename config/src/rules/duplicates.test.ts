import { duplicateAmong, likelyDuplicate, titleSimilarity } from './duplicates';

describe('titleSimilarity', () => {
  it.each([
    ['清理楼道堆积杂物', '清理楼道堆积杂物', 1],
    ['清理楼道堆积杂物', '清理 楼道堆积杂物！', 1],
    ['清理3号楼楼道杂物', '清理楼道杂物', 0.62],
    ['陪同空巢老人就医', '河道缺失井盖更换', 0],
    ['', '清理楼道', 0],
  ])('%s ~ %s ≈ %f', (a, b, s) => expect(titleSimilarity(a, b)).toBeCloseTo(s, 2));
});

describe('likelyDuplicate', () => {
  const open = [{ title: '和平小区楼道杂物清理' }, { title: '和平小区井盖缺失' }];

  it('finds an open task with a similar title', () => {
    expect(likelyDuplicate('清理和平小区楼道杂物', open)).toBe(open[0]);
  });

  it('finds none when titles differ', () => {
    expect(likelyDuplicate('留守儿童课业辅导', open)).toBeNull();
  });
});

describe('duplicateAmong: the earlier need a new one repeats', () => {
  const earlier = [
    { title: '和平小区楼道杂物清理', category: 'sanitation' },
    { title: '和平小区3栋路灯不亮', category: 'facilities' },
  ];
  it.each([
    ['a similar title in the same category', '清理和平小区楼道杂物', 'sanitation', 0],
    ['a nearly equal title in another category', '和平小区3栋路灯不亮了', 'sanitation', 1],
    ['the same title in another category', '和平小区楼道杂物清理', 'other', 0],
  ])('flags %s', (_what, title, category, index) =>
    expect(duplicateAmong({ title, category }, earlier)).toBe(earlier[index]),
  );
  it.each([
    ['a merely similar title in another category', '和平小区楼道路灯维修', 'other'],
    ['a different need', '留守儿童周末课业辅导', 'sanitation'],
  ])('does not flag %s', (_what, title, category) =>
    expect(duplicateAmong({ title, category }, earlier)).toBeNull(),
  );
});
