import type { Core } from '@strapi/strapi';

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
      origin: env.array('CORS_ORIGINS', ['*']),
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
  'strapi::public',
];
