/**
 * Settings come from the environment and a `.env` file at the repository root. On a development machine
 * without one, a `.env` with fresh random secrets is written once; production must bring its own.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const SECRETS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const random = () => crypto.randomBytes(24).toString('base64url');

function parse(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

function ensureEnv(root) {
  const file = path.join(root, '.env');
  // Secrets the environment already holds (a test's, a service manager's) need no file.
  const given = ['APP_KEYS', ...SECRETS].every((k) => process.env[k]);
  if (!fs.existsSync(file) && process.env.NODE_ENV !== 'production' && !given) {
    const lines = [
      '# Written by npm start for this machine. Keep it out of version control.',
      `APP_KEYS=${[random(), random()].join(',')}`,
      ...SECRETS.map((s) => `${s}=${random()}`),
      '',
    ];
    fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
    console.log('Wrote .env with fresh secrets for this machine.');
  }
  if (fs.existsSync(file)) {
    for (const [k, v] of Object.entries(parse(fs.readFileSync(file, 'utf8')))) process.env[k] ??= v;
  }
}

module.exports = { ensureEnv, parse };
