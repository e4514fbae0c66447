/** Sheets as clerks fill them in, for the importer's tests: the workers' header, a row, an ID number. */

/** The workers' import columns, as the template heads them. */
export const WORKER_HEAD =
  '姓名*,性别,出生日期,身份证号,学历*,政治面貌*,所在社区*,岗位*,岗位等级（四岗）*,薪级（八级）*,在岗状态*,职业资格*';

/** A valid ID number for a birth date and a sequence (odd: a man, even: a woman). */
export function idNumber(birth: string, seq: string): string {
  const first17 = `110105${birth.replace(/-/g, '')}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The same ID number with a wrong check digit. */
export const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

/** A worker's row; gender blank (taken from the ID number) unless given. */
export const workerRow = (name: string, id: string, community: string, gender = '') =>
  `${name},${gender},,${id},本科,中共党员,${community},专职社区工作者,3,2,在岗,无`;

/** Reads until `check` passes and answers what it read; fails with the last complaint after `timeout`. */
export async function until<T>(
  read: () => Promise<T>,
  check: (value: T) => void,
  timeout = 540_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
