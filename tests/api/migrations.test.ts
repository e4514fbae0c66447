/**
 * The project's own database migrations (cms/database/migrations), which Strapi runs before it syncs the
 * schema: a district upgrading keeps what its clerks typed. Each runs on a table in the old shape, on
 * SQLite and (with `npm run test:postgres`) on PostgreSQL, and does nothing where there is nothing to do.
 */
import fs from 'fs';
import knexFactory, { type Knex } from 'knex';
import path from 'path';
import { CMS, PG_ADMIN_URL, postgres, TMP } from '../helpers/env';

const dir = path.join(CMS, 'database/migrations');
const migration = (name: string): { up(k: Knex): Promise<void> } =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(dir, fs.readdirSync(dir).find((f) => f.includes(name)) ?? name));

let knex: Knex;
const SCHEMA = `migrations_${process.pid}`;

beforeAll(async () => {
  if (postgres()) {
    knex = knexFactory({ client: 'pg', connection: PG_ADMIN_URL, searchPath: [SCHEMA] });
    await knex.raw(`CREATE SCHEMA ${SCHEMA}`);
  } else {
    fs.mkdirSync(TMP, { recursive: true });
    const filename = path.join(TMP, `migrations-${process.pid}.db`);
    fs.rmSync(filename, { force: true });
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename }, useNullAsDefault: true });
  }
});
afterAll(async () => {
  if (postgres()) await knex.raw(`DROP SCHEMA ${SCHEMA} CASCADE`);
  await knex.destroy();
});

describe("party members' free-text 特长 becomes the note", () => {
  const up = () => migration('party-member-specialty-note').up(knex);
  afterEach(() => knex.schema.dropTableIfExists('party_members'));

  it('keeps every text under specialty_note', async () => {
    await knex.schema.createTable('party_members', (t) => {
      t.increments('id');
      t.string('name');
      t.string('specialties', 200);
    });
    await knex('party_members').insert([
      { name: '张三', specialties: '医疗护理，会量血压' },
      { name: '李四', specialties: null },
    ]);
    await up();
    expect(await knex.schema.hasColumn('party_members', 'specialties')).toBe(false);
    const rows = await knex('party_members').select('name', 'specialty_note').orderBy('id');
    expect(rows).toEqual([
      { name: '张三', specialty_note: '医疗护理，会量血压' },
      { name: '李四', specialty_note: null },
    ]);
  });

  it('leaves a table already in the new shape alone', async () => {
    await knex.schema.createTable('party_members', (t) => {
      t.increments('id');
      t.json('specialties');
      t.string('specialty_note', 200);
    });
    await knex('party_members').insert({
      specialties: JSON.stringify(['medical']),
      specialty_note: '会量血压',
    });
    await up();
    const [row] = await knex('party_members').select('specialties', 'specialty_note');
    expect(row.specialty_note).toBe('会量血压');
    expect(JSON.stringify(row.specialties)).toContain('medical');
  });

  it('does nothing on a new database', async () => {
    await expect(up()).resolves.toBeUndefined();
    expect(await knex.schema.hasTable('party_members')).toBe(false);
  });
});
