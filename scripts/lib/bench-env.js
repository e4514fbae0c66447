/** The environment of the benchmark's servers: development mode, quiet logs, no demo, no cron, fixed secrets. */
module.exports = (file) => ({
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
