/**
 * The import half of `npm run bench` (issue 12), in its own process: the demo district, then a sheet of
 * 10,000 new workers filled in under the template's own headers, checked (dry run) and then committed
 * through `POST /api/panel/workers/import` as a clerk would — each a background job, timed from the upload
 * to the job's end. Prints `RESULT {...}`.
 */
const ExcelJS = require('exceljs');
const path = require('path');
const { benchAccount, freshApp, listen } = require('./bench-common');

const ROOT = path.resolve(__dirname, '../..');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

/** A valid mainland ID number (GB 11643 check digit) for a birth date and a three-digit sequence. */
function idNumber(birth, seq) {
  const first17 = `110105${birth.replace(/-/g, '')}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** Row i of the sheet, by the template's header (its required marks stripped); ID numbers all distinct. */
const rowOf = (i, communities) => {
  const birth = `19${70 + (i % 25)}-${pad(1 + (i % 12))}-${pad(1 + (Math.floor(i / 12) % 28))}`;
  return {
    姓名: `导入${i}`,
    身份证号: idNumber(birth, pad(100 + (Math.floor(i / 336) % 900), 3)),
    学历: '本科',
    政治面貌: '中共党员',
    所在社区: communities[i % communities.length],
    岗位: '专职社区工作者',
    '岗位等级（四岗）': 1 + (i % 4),
    '薪级（八级）': 1 + (i % 8),
    在岗状态: '在岗',
    职业资格: '无',
  };
};

async function main() {
  const app = await freshApp(ROOT, 'bench-import', { DEMO_DATA: 'true' });
  const jwt = await benchAccount(app, 'staff', 'bench-import');
  const base = `http://127.0.0.1:${await listen(app)}/api/panel`;
  const auth = { authorization: `Bearer ${jwt}`, 'accept-language': 'zh' };
  const get = async (url) => {
    const res = await fetch(base + url, { headers: auth });
    if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
    return res;
  };

  const template = new ExcelJS.Workbook();
  await template.xlsx.load(await (await get('/workers/import/template.xlsx')).arrayBuffer());
  const headers = template.worksheets[0].getRow(1).values.slice(1).map(String);
  const communities = (await (await get('/communities?range=[0,999]')).json()).map((c) => c.name);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('社区工作者');
  sheet.addRow(headers);
  for (let i = 0; i < ROWS; i += 1) {
    const row = rowOf(i, communities);
    sheet.addRow(headers.map((h) => row[h.replace(/\*$/, '')] ?? null));
  }
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  const ids = new Set();
  sheet.eachRow((r, n) => n > 1 && ids.add(r.getCell(headers.indexOf('身份证号') + 1).value));
  if (ids.size !== ROWS) throw new Error(`the sheet has ${ids.size} distinct ID numbers, not ${ROWS}`);

  /** One upload, followed to its job's end: milliseconds and the job. */
  async function importOnce(dryRun) {
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    form.append('file', new Blob([xlsx]), 'bench.xlsx');
    const t0 = performance.now();
    const res = await fetch(`${base}/workers/import`, { method: 'POST', headers: auth, body: form });
    if (res.status !== 202) throw new Error(`import answered ${res.status}: ${await res.text()}`);
    const { job: id } = await res.json();
    for (;;) {
      const job = await (await get(`/import-jobs/${id}`)).json();
      if (process.env.BENCH_DEBUG)
        process.stderr.write(
          `${((performance.now() - t0) / 1000).toFixed(1)} s ${job.status} ${job.rowsDone}\n`,
        );
      if (!['checking', 'running'].includes(job.status)) {
        if (job.status !== 'done' || job.created !== ROWS)
          throw new Error(`the job ended ${job.status}: ${JSON.stringify(job.errors?.slice(0, 3))}`);
        return { ms: performance.now() - t0, job };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const dry = await importOnce(true);
  const commit = await importOnce(false);
  const count = (await get('/workers?range=[0,0]')).headers.get('content-range');
  process.stdout.write(
    `RESULT ${JSON.stringify({
      rows: ROWS,
      fileMb: xlsx.length / 2 ** 20,
      dryRunMs: dry.ms,
      commitMs: commit.ms,
      workersAfter: Number(count.split('/')[1]),
    })}\n`,
  );
  await app.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
