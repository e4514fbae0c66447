/**
 * Boot the CMS once in this process, print what the database holds as JSON, and exit: used to check
 * what production mode refuses and what it never loads.
 */
const path = require('path');

const cms = path.resolve(__dirname, '../../cms');
const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [cms] }));

createStrapi({ appDir: cms, distDir: path.join(cms, 'dist'), serveAdminPanel: false })
  .load()
  .then(async (app) => {
    const count = (uid) => app.db.query(uid).count({});
    const out = {
      communities: await count('api::community.community'),
      workers: await count('api::worker.worker'),
      users: await count('plugin::users-permissions.user'),
      roles: (await app.db.query('plugin::users-permissions.role').findMany({ select: ['type'] }))
        .map((r) => r.type)
        .sort(),
    };
    await app.destroy();
    process.stdout.write(`RESULT ${JSON.stringify(out)}\n`);
    process.exit(0);
  })
  .catch((e) => {
    process.stderr.write(`FAILED ${e.message}\n`);
    process.exit(1);
  });
