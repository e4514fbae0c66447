/** The words of a commendation: a thank-you letter to a unit, a letter of praise to a member and to their work unit. */
import { localParts, realWorkUnit } from '@yanzhen/config';

export interface LetterFacts {
  year: number;
  /** Who signs the letter (发文单位). */
  issuer: string;
  recipient: string;
  points: number;
  reason: string;
  /** A member's work unit, which is told of the praise when it names a real one. */
  workUnit?: string | null;
}

/** The setting's 发文单位, or the district's task-board team when none is set. */
export const issuerOf = (s: { letterIssuer?: string | null; districtName?: string | null } | null) =>
  s?.letterIssuer?.trim() || `${s?.districtName ?? ''}“揭榜领单”工作专班`;

/** An official letter's date, as the district's calendar reads it: `2026年12月2日`. */
export function officialDate(at: Date, timeZone: string): string {
  const [y, m, d] = localParts(at, timeZone).date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function unitLetter(f: LetterFacts): string {
  return [
    `感谢信`,
    `${f.recipient}：`,
    `    ${f.year}年，贵单位积极参与“五亮五共·揭榜领单”活动，主动揭办大榜单，为居民解决急难愁盼问题。${f.reason}`,
    `    特致感谢，并赠锦旗一面，以表敬意。`,
    f.issuer,
  ].join('\n');
}

export function memberLetter(f: LetterFacts): string {
  const praise = [
    `表扬信`,
    `${f.recipient}同志：`,
    `    ${f.year}年，您在“五亮五共·揭榜领单”活动中亮身份、亮承诺、亮行动、亮担当、亮业绩，${f.reason}`,
    `    特予表扬，并给予物质奖励，望再接再厉。`,
    f.issuer,
  ];
  const workUnit = realWorkUnit(f.workUnit);
  if (!workUnit) return praise.join('\n');
  return [
    ...praise,
    '',
    `关于对${f.recipient}同志予以通报表扬的函`,
    `${workUnit}：`,
    `    贵单位${f.recipient}同志在${f.year}年“揭榜领单”活动中表现优秀，${f.reason}现予通报表扬，请在单位内部通报。`,
    f.issuer,
  ].join('\n');
}
