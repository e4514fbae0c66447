/**
 * Whether a party member's 工作单位 names a unit that can be told of their praise: people fill the field
 * with their situation when they have no employer (退休, 个体, 学生 …), and a letter addressed to 「退休」
 * reaches no one.
 */

/** What people write in 工作单位 when they have no unit to write to. */
export const NON_UNITS: readonly string[] = [
  '退休',
  '已退休',
  '退休人员',
  '离休',
  '离退休',
  '无',
  '暂无',
  '无单位',
  '待业',
  '失业',
  '无业',
  '个体',
  '个体户',
  '个体经营',
  '自由职业',
  '自由职业者',
  '灵活就业',
  '务农',
  '农民',
  '家务',
  '学生',
  '在校学生',
];

/** Spaces (full-width too) and the punctuation people put around a word (「无。」, “（退休）”). */
const NOISE = /[\s\u3000.,;:!?'"()[\]、。，；：！？“”‘’（）【】「」《》\-—_/\\]+/g;

/** The work unit to write to, or null when the field names none. */
export function realWorkUnit(text: string | null | undefined): string | null {
  const name = (text ?? '').trim();
  const bare = name.replace(NOISE, '');
  return bare === '' || NON_UNITS.includes(bare) ? null : name;
}
