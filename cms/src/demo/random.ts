/** A seeded generator, so the demo district is the same on every machine. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const next = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲燕红建国文斌宇浩凯健俊帆帅旭宁婷雪琳晨欣怡佳悦然子涵梓轩博文思源嘉懿雨泽若曦梦瑶';

export function personName(r: Random): string {
  const given = r.chance(0.6) ? r.pick([...GIVEN]) + r.pick([...GIVEN]) : r.pick([...GIVEN]);
  return r.pick([...SURNAMES]) + given;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A resident ID number (GB 11643) with a valid check digit. */
export function idNumber(r: Random, birthDate: string, female: boolean): string {
  const region = r.pick(['420102', '420103', '420104', '420105', '420106']);
  const seq = String(r.int(10, 99)) + String(female ? r.int(0, 4) * 2 : r.int(0, 4) * 2 + 1);
  const body = region + birthDate.replace(/-/g, '') + seq;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * WEIGHTS[i], 0);
  return body + CHECK[sum % 11];
}

export function mobile(r: Random): string {
  return (
    r.pick(['138', '139', '150', '152', '158', '177', '186', '189']) + String(r.int(10_000_000, 99_999_999))
  );
}

/** The date `years` (fractional) before `at`. */
export function yearsBefore(at: string, years: number): string {
  const t = new Date(`${at}T00:00:00Z`).getTime() - Math.round(years * 365.2425) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
