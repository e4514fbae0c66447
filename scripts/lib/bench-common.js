/** What the benchmark's servers share: their environment, document ids, and bulk inserts. */
const { createId } = require('@paralleldrive/cuid2');

/** Development mode, quiet logs, no demo, no cron, fixed secrets, one SQLite file. */
const benchEnv = (file) => ({
  NODE_ENV: 'development',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: file,
  DEMO_DATA: 'false',
  CRON_ENABLED: 'false',
  LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
  APP_KEYS: 'bench-key-0123456789a,bench-key-0123456789b',
  API_TOKEN_SALT: 'bench-api-token-salt-0123456789',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret-0123456789',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt-0123456789',
  JWT_SECRET: 'bench-jwt-secret-0123456789abcdef',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789',
});

/** Rows straight into a table in one transaction (the Document Service would take minutes for this many). */
async function insertRows(knex, table, rows) {
  await knex.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await trx(table).insert(rows.slice(i, i + 500));
  });
}

module.exports = { benchEnv, documentId: createId, insertRows };
