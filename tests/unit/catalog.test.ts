import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { catalogs, rules, type Locale } from '@yanzhen/config';
import extendUsers from '../../cms/src/extensions/users-permissions/strapi-server';
import type { RawContentType, Resource } from '../../cms/src/panel/model';
import { userResource } from '../../cms/src/panel/users';

const api = join(__dirname, '..', '..', 'cms', 'src', 'api');
const contentTypes = readdirSync(api).map(
  (dir) =>
    JSON.parse(readFileSync(join(api, dir, 'content-types', dir, 'schema.json'), 'utf8')) as RawContentType,
);
const locales = Object.keys(catalogs) as Locale[];

/** Accounts, as the panel shows them: the plugin's user with this app's extension. */
function accounts(): Resource {
  // The plugin ships no types; its `exports` map is what Node resolves.
  const load = createRequire(__filename)(
    '@strapi/plugin-users-permissions/strapi-server',
  ) as () => Parameters<typeof extendUsers>[0];
  const plugin = extendUsers(load());
  return userResource({
    ...(plugin.contentTypes.user.schema as RawContentType),
    uid: 'plugin::users-permissions.user',
  });
}

/** Every path to a text in a catalog: `resources.workers.fields.name` and so on. */
function paths(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

describe('label catalogs', () => {
  it('are Chinese and English', () => expect(locales.sort()).toEqual(['en', 'zh']));

  it('have exactly the same keys in Chinese and English', () => {
    const zh = paths(catalogs.zh).sort();
    const en = paths(catalogs.en).sort();
    expect({
      missingInEnglish: zh.filter((p) => !en.includes(p)),
      missingInChinese: en.filter((p) => !zh.includes(p)),
    }).toEqual({
      missingInEnglish: [],
      missingInChinese: [],
    });
  });

  it.each(locales)('have no empty label in %s', (locale) => {
    const empty = paths(catalogs[locale]).filter((p) => {
      const text = p
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogs[locale]);
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  describe.each(locales)('in %s', (locale) => {
    const resources = catalogs[locale].resources;

    it("name the appraisal's conditions, and only them", () => {
      const keys = [
        ...rules.appraisal.barsExcellent,
        ...rules.appraisal.barsPass,
        ...rules.appraisal.dismissal,
      ]
        .map((c) => c.key)
        .sort();
      expect(Object.keys(catalogs[locale].conditions).sort()).toEqual(keys);
    });

    it("name the appraisal's items as its fields", () =>
      expect(rules.appraisal.items.filter((i) => !resources.appraisals?.fields[i.key])).toEqual([]));

    it('name accounts, every field of them and every role', () => {
      const users = accounts();
      const labels = resources[users.name];
      expect(labels?.name).toEqual(expect.stringMatching(/\S/));
      expect(users.fields.map((f) => f.name).filter((f) => !labels?.fields[f])).toEqual([]);
      const roles = users.field.get('role')?.enum ?? [];
      expect(roles.length).toBeGreaterThan(0);
      expect(roles.filter((r) => !labels?.choices?.role?.[r])).toEqual([]);
    });

    it.each(contentTypes.map((ct) => [ct.info.pluralName, ct] as const))(
      'name %s and every field of it',
      (name, ct) => {
        const labels = resources[name];
        expect(labels?.name).toEqual(expect.stringMatching(/\S/));
        // A field the server keeps for itself (panel `internal`) is on no screen.
        const shown = Object.entries(ct.attributes).filter(([, a]) => !a.pluginOptions?.panel?.internal);
        const missing = shown.map(([f]) => f).filter((f) => !labels?.fields[f]);
        expect(missing).toEqual([]);
      },
    );

    it.each(contentTypes.map((ct) => [ct.info.pluralName, ct] as const))(
      'name every choice of %s',
      (name, ct) => {
        const missing = Object.entries(ct.attributes).flatMap(([field, a]) =>
          (a.enum ?? []).filter((v) => !resources[name]?.choices?.[field]?.[v]).map((v) => `${field}.${v}`),
        );
        expect(missing).toEqual([]);
      },
    );

    it.each(contentTypes.map((ct) => [ct.info.pluralName, ct] as const))(
      'name no field %s lacks',
      (name, ct) => {
        const labels = resources[name];
        const stale = [
          ...Object.keys(labels?.fields ?? {}).filter((f) => !(f in ct.attributes)),
          ...Object.keys(labels?.hints ?? {}).filter((f) => !(f in ct.attributes)),
          ...Object.entries(labels?.choices ?? {}).flatMap(([f, values]) =>
            Object.keys(values)
              .filter((v) => !ct.attributes[f]?.enum?.includes(v))
              .map((v) => `${f}.${v}`),
          ),
        ];
        expect(stale).toEqual([]);
      },
    );
  });
});
