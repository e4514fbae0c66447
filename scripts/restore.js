#!/usr/bin/env node
/**
 * `npm run restore -- <file.tar.gz>`: puts a backup's database and uploads back, after checking that no
 * server is using the database and that every part of the archive is intact. The replaced database and
 * uploads are kept beside the originals as `.<name>.before-restore` (one generation).
 */
const fs = require('fs');
const path = require('path');
const { Refusal, pgTool, run, serverAnswers, settings, unpack } = require('./lib/archive');

const STOP = 'Stop the server first (the `npm start` process or its service), then run the restore again.';

function sqlite() {
  return require(require.resolve('better-sqlite3', { paths: [path.join(__dirname, '../cms')] }));
}

/** Refuses unless this process can lock the live SQLite file for itself: a server holds it open. */
function assertUnused(file) {
  if (!fs.existsSync(file)) return;
  const db = new (sqlite())(file, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
  } catch {
    throw new Refusal(`The database ${file} is in use by another process. ${STOP}`);
  } finally {
    db.close();
  }
}

function checkIntegrity(file) {
  const db = new (sqlite())(file, { fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check', { simple: false }).map((r) => r.integrity_check);
    if (rows.join() !== 'ok')
      throw new Refusal(`The backed-up database fails integrity_check: ${rows.join('; ')}`);
  } finally {
    db.close();
  }
}

/** Moves `from` into place at `to`, keeping what was there as `.<name>.before-restore` beside it (a dot
 * name, which Strapi's public folder does not serve). */
function replace(from, to) {
  const old = path.join(path.dirname(to), `.${path.basename(to)}.before-restore`);
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(to)) fs.renameSync(to, old);
  fs.renameSync(from, to);
}

async function main() {
  const file = process.argv[2];
  if (!file) throw new Refusal('Usage: npm run restore -- <file.tar.gz>');
  const s = settings();
  if (await serverAnswers(s.port)) throw new Refusal(`A server is answering on port ${s.port}. ${STOP}`);
  // Unpacked beside the uploads so that moving them into place is a rename on one file system.
  fs.mkdirSync(path.dirname(s.uploads), { recursive: true });
  const stage = fs.mkdtempSync(path.join(path.dirname(s.uploads), '.restore-'));
  try {
    const manifest = await unpack(path.resolve(file), stage);
    if (manifest.client !== s.client) {
      throw new Refusal(
        `This backup is of a ${manifest.client} database; the configured one is ${s.client}.`,
      );
    }
    if (s.client === 'postgres') {
      if (!s.url) throw new Refusal('DATABASE_URL is not set: which PostgreSQL database to restore into?');
      const others = pgTool('psql', [
        '--no-psqlrc',
        '--tuples-only',
        '--no-align',
        '--command=SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        s.url,
      ]);
      if (Number(others.trim()) > 0) {
        throw new Refusal(
          `The database has ${others.trim()} other connection(s): a server is using it. ${STOP}`,
        );
      }
      const dump = path.join(stage, 'database.dump');
      pgTool('pg_restore', ['--list', dump]); // a dump pg_restore cannot read stops here
      pgTool('pg_restore', [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--single-transaction',
        `--dbname=${s.url}`,
        dump,
      ]);
    } else {
      fs.mkdirSync(path.dirname(s.filename), { recursive: true });
      const tmp = `${s.filename}.restoring`;
      fs.copyFileSync(path.join(stage, 'database.db'), tmp);
      try {
        checkIntegrity(tmp);
        assertUnused(s.filename);
        for (const suffix of ['-wal', '-shm']) fs.rmSync(s.filename + suffix, { force: true });
        replace(tmp, s.filename);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    }
    const uploads = path.join(stage, 'uploads');
    if (!fs.existsSync(uploads)) fs.mkdirSync(uploads);
    replace(uploads, s.uploads);
    const count = Object.keys(manifest.parts).filter((p) => p.startsWith('uploads/')).length;
    console.log(
      `Restored ${manifest.client} database and ${count} uploads from ${file} (taken ${manifest.createdAt}).`,
    );
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

run(main);
