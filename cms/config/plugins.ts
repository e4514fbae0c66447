import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', ''),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
      register: { allowedFields: [] },
      // Tests log in many times a minute from one address; production keeps the default limit.
      ratelimit: { enabled: env('NODE_ENV') !== 'test' },
    },
  },
  upload: {
    config: { sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 10 * 1024 * 1024) },
  },
});
