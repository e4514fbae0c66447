import path from 'path';
import type { Core } from '@strapi/strapi';

/** Strapi loads this file from dist/config, two levels below the app folder. */
const appDir = path.resolve(__dirname, '../..');

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  if (env('DATABASE_CLIENT', 'sqlite') === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(appDir, env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        afterCreate(
          conn: { pragma(sql: string): unknown },
          done: (err: Error | null, conn: unknown) => void,
        ) {
          // WAL lets readers go on while a write commits; busy_timeout waits instead of failing.
          conn.pragma('journal_mode = WAL');
          conn.pragma('busy_timeout = 5000');
          conn.pragma('synchronous = NORMAL');
          done(null, conn);
        },
      },
    },
  };
};
