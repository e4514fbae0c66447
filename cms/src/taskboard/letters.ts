/** The words of a commendation: a thank-you letter to a unit, a letter of praise to a member and to their work unit. */

export interface LetterFacts {
  year: number;
  district: string;
  recipient: string;
  points: number;
  reason: string;
  /** A member's work unit, which is told of the praise. */
  workUnit?: string | null;
}

export function unitLetter(f: LetterFacts): string {
  return [
    `感谢信`,
    `${f.recipient}：`,
    `    ${f.year}年，贵单位积极参与“五亮五共·揭榜领单”活动，主动揭办大榜单，为居民解决急难愁盼问题。${f.reason}`,
    `    特致感谢，并赠锦旗一面，以表敬意。`,
    `${f.district}“揭榜领单”工作专班`,
  ].join('\n');
}

export function memberLetter(f: LetterFacts): string {
  const praise = [
    `表扬信`,
    `${f.recipient}同志：`,
    `    ${f.year}年，您在“五亮五共·揭榜领单”活动中亮身份、亮承诺、亮行动、亮担当、亮业绩，${f.reason}`,
    `    特予表扬，并给予物质奖励，望再接再厉。`,
    `${f.district}“揭榜领单”工作专班`,
  ];
  if (!f.workUnit) return praise.join('\n');
  return [
    ...praise,
    '',
    `关于对${f.recipient}同志予以通报表扬的函`,
    `${f.workUnit}：`,
    `    贵单位${f.recipient}同志在${f.year}年“揭榜领单”活动中表现优秀，${f.reason}现予通报表扬，请在单位内部通报。`,
    `${f.district}“揭榜领单”工作专班`,
  ].join('\n');
}
