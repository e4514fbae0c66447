#!/usr/bin/env node
/**
 * `npm run backup -- <file.tar.gz>`: a consistent copy of the database and the uploads, taken while the
 * server runs (SQLite's online backup API; on PostgreSQL, pg_dump), in one archive with a manifest.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Refusal, filesBelow, pack, pgTool, run, settings } = require('./lib/archive');

async function main() {
  const out = process.argv[2];
  if (!out) throw new Refusal('Usage: npm run backup -- <file.tar.gz>');
  const s = settings();
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'yanzhen-backup-'));
  try {
    if (s.client === 'postgres') {
      if (!s.url) throw new Refusal('DATABASE_URL is not set: which PostgreSQL database to back up?');
      pgTool('pg_dump', [
        '--format=custom',
        '--no-owner',
        `--file=${path.join(stage, 'database.dump')}`,
        s.url,
      ]);
    } else {
      if (!fs.existsSync(s.filename)) throw new Refusal(`No database at ${s.filename} (DATABASE_FILENAME).`);
      const Database = require(
        require.resolve('better-sqlite3', { paths: [path.join(__dirname, '../cms')] }),
      );
      const db = new Database(s.filename, { readonly: true, fileMustExist: true, timeout: 10_000 });
      try {
        // All pages in one step, under one read transaction: a snapshot, however busy the server is.
        // (In steps of 100 pages, every write by the server restarts the copy, and it may never end.)
        await db.backup(path.join(stage, 'database.db'), { progress: () => 0x7fffffff });
      } finally {
        db.close();
      }
    }
    const uploads = filesBelow(s.uploads);
    for (const f of uploads) {
      fs.mkdirSync(path.dirname(path.join(stage, 'uploads', f)), { recursive: true });
      fs.copyFileSync(path.join(s.uploads, f), path.join(stage, 'uploads', f));
    }
    const manifest = await pack(stage, out, s.client);
    const size = (fs.statSync(out).size / 1024).toFixed(0);
    console.log(
      `Backup written: ${out} (${s.client}, ${uploads.length} uploads, ${size} KiB, ${manifest.createdAt})`,
    );
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

run(main);
