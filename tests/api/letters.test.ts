/**
 * Commendation letters as official letters: dated the day they were confirmed (2026年12月2日), signed by
 * the settings' issuing organisation, a letter of praise to a member's work unit only when there is one,
 * and a confirmed year's letters as one PDF for whoever may read them.
 */
import { localParts, rules } from '@yanzhen/config';
import zlib from 'zlib';
import { api, login } from '../helpers/session';
import { startStrapi, type TestApp } from '../helpers/strapi';

const COMMENDATION = 'api::commendation.commendation';
const MEMBER = 'api::party-member.party-member';

let app: TestApp;
const as = {} as Record<'supervisor' | 'publicity' | 'member', ReturnType<typeof api>>;
let year: number;
/** Proposed commendations of the year, by kind of recipient. */
let members: { id: string; recipientMember: string }[];
let units: { id: string }[];

const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

/**
 * The text of a PDF that pdfkit wrote: the glyph codes of its pages' text read back through the font's
 * ToUnicode map, one line per text run.
 */
function pdfText(pdf: Buffer): string {
  const streams = [...pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  const glyphs = new Map<number, string>();
  for (const s of streams)
    for (const [, from, list] of s.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g))
      [...list.matchAll(/<([0-9a-f]{4})>/g)].forEach(([, u], i) =>
        glyphs.set(parseInt(from, 16) + i, String.fromCharCode(parseInt(u, 16))),
      );
  const run = (hex: string) => (hex.match(/.{4}/g) ?? []).map((c) => glyphs.get(parseInt(c, 16))).join('');
  return streams
    .flatMap((s) => [...s.matchAll(/\[(.*?)\] TJ/g)])
    .map(([, ops]) => [...ops.matchAll(/<([0-9a-f]+)>/g)].map(([, hex]) => run(hex)).join(''))
    .join('\n');
}

const officialDate = (iso: string) => {
  const [y, m, d] = localParts(new Date(iso), rules.taskBoard.calendar.timeZone).date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

const setIssuer = async (letterIssuer: string | null) => {
  const [setting] = (await as.supervisor.get('/api/panel/settings')).body as { id: string }[];
  const res = await as.supervisor.put(`/api/panel/settings/${setting.id}`).send({ letterIssuer });
  expect(res.status).toBe(200);
};

const setWorkUnit = (member: string, workUnit: string) =>
  app.strapi.db.query(MEMBER).update({ where: { documentId: member }, data: { workUnit } });

const confirm = async (id: string) => {
  const res = await as.supervisor.post(`/api/panel/commendations/${id}/confirm`).send({});
  expect(res.status).toBe(200);
  return res.body as { id: string; letter: string; confirmedAt: string };
};

const pdf = (who: ReturnType<typeof api>, path: string) =>
  who.get(`/api/panel/commendations/${path}`).buffer(true);

beforeAll(async () => {
  app = await startStrapi();
  for (const r of ['supervisor', 'publicity', 'member'] as const) as[r] = api(app, await login(app, r));
  year = Number(localParts(new Date(), rules.taskBoard.calendar.timeZone).date.slice(0, 4));
  expect((await as.supervisor.post('/api/panel/commendations/propose').send({ year })).status).toBe(200);
  const list = (await as.supervisor.get(`/api/panel/commendations?range=[0,99]&filter=${q({ year })}`)).body;
  // The demo member's own commendation is made below, to see what they may read.
  const mine = (await as.member.get('/api/panel/me')).body.member as string;
  members = list.filter(
    (c: { recipientMember: string | null }) => c.recipientMember && c.recipientMember !== mine,
  );
  units = list.filter((c: { recipientUnit: string | null }) => c.recipientUnit);
  expect(members.length).toBeGreaterThanOrEqual(2);
  expect(units.length).toBeGreaterThanOrEqual(1);
});
afterAll(() => app.stop());

describe('a confirmed commendation’s letters', () => {
  it('are dated the day of confirmation and signed by the issuer in the settings', async () => {
    await setIssuer('中共雁阵示范区委组织部（测试）');
    await setWorkUnit(members[0].recipientMember, '区第一中学');
    const c = await confirm(members[0].id);
    expect(Date.now() - Date.parse(c.confirmedAt)).toBeLessThan(60_000);
    const letters = c.letter.split('\n\n');
    expect(letters).toHaveLength(2);
    expect(letters[1]).toMatch(/^关于对.+同志予以通报表扬的函\n区第一中学：/);
    for (const l of letters) expect(l.split('\n').at(-1)).toBe('中共雁阵示范区委组织部（测试）');
    const res = await pdf(as.supervisor, `${c.id}/letter.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(pages(res.body)).toBe(2);
    const lines = pdfText(res.body).split('\n');
    expect(lines.filter((l) => l === officialDate(c.confirmedAt))).toHaveLength(2);
    expect(lines).toContain('中共雁阵示范区委组织部（测试）');
    expect(lines.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('tell no work unit of a retired member’s praise', async () => {
    await setWorkUnit(members[1].recipientMember, '退休');
    const c = await confirm(members[1].id);
    expect(c.letter).toMatch(/^表扬信\n/);
    expect(c.letter).not.toContain('通报表扬的函');
    expect(c.letter).not.toContain('退休：');
    const res = await pdf(as.supervisor, `${c.id}/letter.pdf`);
    expect(pages(res.body)).toBe(1);
    expect(pdfText(res.body)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/m);
  });

  it('are signed by the district’s task-board team when no issuer is set', async () => {
    await setIssuer(null);
    const c = await confirm(units[0].id);
    expect(c.letter).toMatch(/^感谢信\n/);
    expect(c.letter.split('\n').at(-1)).toBe('雁阵示范区“揭榜领单”工作专班');
  });

  it('cannot be redated: the date is the step’s, read-only to every write', async () => {
    const schema = (await as.supervisor.get('/api/panel/schema')).body as {
      resources: { name: string; fields: { name: string; readOnly: boolean }[] }[];
    };
    const fields = schema.resources.find((r) => r.name === 'commendations')?.fields ?? [];
    expect(fields.find((f) => f.name === 'confirmedAt')).toMatchObject({ readOnly: true });
    const res = await as.supervisor
      .put(`/api/panel/commendations/${members[0].id}`)
      .send({ confirmedAt: '2000-01-01T00:00:00.000Z' });
    expect([400, 403, 409]).toContain(res.status);
    const row = await app.strapi.db
      .query(COMMENDATION)
      .findOne({ where: { documentId: members[0].id }, select: ['confirmedAt'] });
    expect(new Date(row.confirmedAt).getUTCFullYear()).not.toBe(2000);
  });
});

describe('a year’s letters as one PDF', () => {
  it('holds every letter confirmed in the year, each on its own page', async () => {
    const res = await pdf(as.supervisor, `letters.pdf?year=${year}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    // The praise and its work-unit letter, the retired member's praise, the unit's thanks.
    expect(pages(res.body)).toBe(4);
  });

  it('holds only the letters the viewer may read', async () => {
    const mine = (await as.member.get('/api/panel/me')).body.member as string;
    const own = await app.strapi.documents(COMMENDATION).create({
      data: {
        year,
        recipientMember: mine,
        kind: 'recognition-reward',
        points: 1,
        reason: '测试。',
        status: 'proposed',
        proposalKey: `${year}:test:${mine}`,
      },
    });
    await setWorkUnit(mine, '个体经营');
    await confirm(own.documentId);
    const res = await pdf(as.member, `letters.pdf?year=${year}`);
    expect(res.status).toBe(200);
    expect(pages(res.body)).toBe(1);
    expect(pages((await pdf(as.supervisor, `letters.pdf?year=${year}`)).body)).toBe(5);
  });

  it('is refused to a role that may not read commendations', async () => {
    const res = await pdf(as.publicity, `letters.pdf?year=${year}`);
    expect(res.status).toBe(403);
    expect((await pdf(as.publicity, `${members[0].id}/letter.pdf`)).status).toBe(403);
  });

  it.each(['abc', '26', '1999', '2026-01', ''])('says in words that %p is no year', async (bad) => {
    const res = await pdf(as.supervisor, `letters.pdf?year=${encodeURIComponent(bad)}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(`年度应写作“2026”这样的四位数字（2000–2100），收到的是“${bad}”`);
  });

  it('says in words that a year has no confirmed commendation', async () => {
    const res = await pdf(as.supervisor, 'letters.pdf?year=2001').set('Accept-Language', 'en');
    expect(res.status).toBe(404);
    expect(res.body.message).toBe(
      'No commendation of 2001 has been confirmed: there are no letters to download',
    );
  });
});
