/**
 * Serve the CMS in this process on a free loopback port and print `READY {"port"}`: for tests that stop a
 * server the hard way (SIGKILL) and start another on the same database.
 */
const path = require('path');

const cms = path.resolve(__dirname, '../../cms');
const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [cms] }));

createStrapi({ appDir: cms, distDir: path.join(cms, 'dist'), serveAdminPanel: false })
  .load()
  .then(async (app) => {
    await app.server.mount();
    await new Promise((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
    process.stdout.write(`READY ${JSON.stringify({ port: app.server.httpServer.address().port })}\n`);
  })
  .catch((e) => {
    process.stderr.write(`FAILED ${e.stack}\n`);
    process.exit(1);
  });
