import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * The origins whose pages may call the API with the reader's credentials. Outside production any
 * origin (`*`) for local work; in production only the exact origins in CORS_ORIGINS — by default
 * none, so only the panel served from this server (same origin, which needs no CORS) — and never `*`,
 * which Strapi would answer by echoing any Origin with credentials allowed.
 */
function corsOrigins(env: Env): string[] {
  if (env('NODE_ENV') !== 'production') return env.array('CORS_ORIGINS', ['*']);
  return env.array('CORS_ORIGINS', []).filter((o) => o !== '' && o !== '*');
}

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  'global::first-admin-guard',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: corsOrigins(env),
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Accept-Language', 'Range'],
      expose: ['Content-Range', 'X-Total-Count'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'global::panel-errors',
  'global::stock-rest-guard',
  {
    name: 'strapi::body',
    config: { jsonLimit: env('BODY_JSON_LIMIT', '1mb'), formLimit: '1mb', textLimit: '1mb' },
  },
  'strapi::session',
  'strapi::favicon',
  'global::panel-static',
  'global::uploads-guard',
  'strapi::public',
];
