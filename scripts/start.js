#!/usr/bin/env node
/**
 * `npm start`: prepare what is missing (secrets for a development machine, compiled code, the admin
 * builds), then serve everything on one port. The demo district loads on the first start of an empty
 * database, except in production.
 */
const path = require('path');
const fs = require('fs');
const { ensureEnv } = require('./lib/env');
const { buildIfNeeded } = require('./lib/build');

const ROOT = path.resolve(__dirname, '..');
const CMS = path.join(ROOT, 'cms');

async function main() {
  ensureEnv(ROOT);
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  fs.mkdirSync(path.join(CMS, 'public/uploads'), { recursive: true });
  await buildIfNeeded(ROOT);
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [CMS] }));
  const app = createStrapi({ appDir: CMS, distDir: path.join(CMS, 'dist') });
  await app.start();
  const port = app.config.get('server.port');
  const production = process.env.NODE_ENV === 'production';
  console.log(
    `\n雁阵 Yanzhen is running: http://localhost:${port}/   (Strapi admin: http://localhost:${port}/admin)`,
  );
  if (!production && process.env.DEMO_DATA !== 'false') {
    console.log(
      '演示账号 demo accounts: staff, publicity, supervisor, member, unit, clerk — 密码 password: yanzhen-demo\n',
    );
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
