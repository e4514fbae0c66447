import englishMessages from 'ra-language-english';
import { panel } from '../schema/fixtures';
import { createI18nProvider } from './i18nProvider';
import { panelMessages, staticMessages } from './messages';
import { raChinese } from './raChinese';

/** Every path to a text: `ra.action.save`, `resources.workers.fields.name` … */
function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the panel speaks Chinese and English alike', () => {
  it("translates exactly react-admin's own messages into Chinese", () => {
    expect(keys(raChinese).sort()).toEqual(keys(englishMessages).sort());
  });

  it('has the same keys in zh-CN and English', () => {
    const zh = keys(staticMessages('zh-CN')).sort();
    const en = keys(staticMessages('en')).sort();
    expect({
      missingInEnglish: zh.filter((k) => !en.includes(k)),
      missingInChinese: en.filter((k) => !zh.includes(k)),
    }).toEqual({
      missingInEnglish: [],
      missingInChinese: [],
    });
  });

  it('has no empty Chinese text', () => {
    const messages = staticMessages('zh-CN');
    const empty = keys(messages).filter((k) => {
      const text = k.split('.').reduce<unknown>((n, part) => (n as Record<string, unknown>)[part], messages);
      return typeof text !== 'string' || (text.trim() === '' && k !== 'ra.boolean.null');
    });
    expect(empty).toEqual([]);
  });

  it('labels a field the catalogs do not know from the schema, while the catalogs win where they speak', () => {
    const withWorker = {
      ...panel.schema,
      resources: [
        ...panel.schema.resources,
        {
          ...panel.schema.resources[0],
          name: 'workers',
          fields: [
            { ...panel.schema.resources[0].fields[0], name: 'name', labels: { zh: '别的名字', en: 'Other' } },
            {
              ...panel.schema.resources[0].fields[0],
              name: 'shoeSize',
              labels: { zh: 'shoeSize', en: 'shoeSize' },
            },
          ],
        },
      ],
    };
    const zh = panelMessages('zh-CN', withWorker) as unknown as {
      resources: Record<string, { fields: Record<string, string> }>;
    };
    expect(zh.resources.workers.fields.name).toBe('姓名');
    expect(zh.resources.workers.fields.shoeSize).toBe('shoeSize');
    expect(zh.resources.gadgets.fields.colour).toBe('colour（中）');
  });

  it('switches language and keeps what it learned from the schema', async () => {
    const i18n = createI18nProvider();
    await i18n.learnSchema(panel.schema);
    expect(i18n.translate('ra.action.save')).toBe('保存');
    expect(i18n.translate('resources.gadgets.choices.colour.red')).toBe('红色');
    expect(i18n.translate('resources.workers.choices.education.college')).toBe('大专');
    await i18n.changeLocale('en');
    expect(i18n.translate('ra.action.save')).toBe('Save');
    expect(i18n.translate('resources.gadgets.choices.colour.red')).toBe('Red');
    expect(document.documentElement.lang).toBe('en');
  });
});
