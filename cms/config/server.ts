import type { Core } from '@strapi/strapi';
import cronTasks from './cron-tasks';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS', []) },
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
  // No calls home: this runs on a district's network. Strapi's start-up banner (its "create your first
  // administrator" box) is replaced by `npm start`'s own line: where the panel is and which accounts to use.
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', false) } },
});
