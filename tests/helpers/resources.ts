/** Every resource the panel serves, read from the content types on disk (plus accounts). */
import fs from 'fs';
import path from 'path';
import { CMS } from './env';

export function resourceNames(): string[] {
  const api = path.join(CMS, 'src/api');
  const names = fs.readdirSync(api).flatMap((dir) => {
    const file = path.join(api, dir, 'content-types', dir, 'schema.json');
    return fs.existsSync(file) ? [JSON.parse(fs.readFileSync(file, 'utf8')).info.pluralName as string] : [];
  });
  return [...names, 'users'].sort();
}
