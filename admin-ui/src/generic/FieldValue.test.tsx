/**
 * Numbers and dates as a clerk reads them (issue 13), in Chinese and in English: a year has no thousands
 * separator, a rate is a percentage, money is in yuan with fen, a day is written out.
 */
import { render, screen } from '@testing-library/react';
import { AdminContext, RecordContextProvider, testDataProvider } from 'react-admin';
import type { FieldSchema } from '@yanzhen/config';
import { createI18nProvider } from '../i18n/i18nProvider';
import type { UiLocale } from '../i18n/messages';
import { FieldValue } from './FieldValue';

const field = (name: string, type: FieldSchema['type'], format?: FieldSchema['format']): FieldSchema => ({
  name,
  type,
  format,
  required: false,
  unique: false,
  readOnly: false,
  labels: { zh: name, en: name },
});

const CASES: [FieldSchema, unknown, Record<UiLocale, string>][] = [
  [field('year', 'integer', 'year'), 2025, { 'zh-CN': '2025', en: '2025' }],
  [field('households', 'integer'), 12_345, { 'zh-CN': '12,345', en: '12,345' }],
  [field('subsidyRate', 'decimal', 'percent'), 0.5, { 'zh-CN': '50%', en: '50%' }],
  [field('subsidyRate', 'decimal', 'percent'), 0.125, { 'zh-CN': '12.5%', en: '12.5%' }],
  [field('tuition', 'decimal', 'money'), 12_345, { 'zh-CN': '¥12,345.00', en: 'CN¥12,345.00' }],
  [field('net', 'decimal', 'money'), 4_321.5, { 'zh-CN': '¥4,321.50', en: 'CN¥4,321.50' }],
  [field('startDate', 'date'), '2026-12-02', { 'zh-CN': '2026年12月2日', en: 'December 2, 2026' }],
];

async function shown(locale: UiLocale, f: FieldSchema, value: unknown): Promise<string> {
  const i18nProvider = createI18nProvider(locale);
  const { container, unmount } = render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
      <RecordContextProvider value={{ id: 'r1', [f.name]: value }}>
        <span data-testid="value">
          <FieldValue source={f.name} field={f} resource="gadgets" />
        </span>
      </RecordContextProvider>
    </AdminContext>,
  );
  const text = (await screen.findByTestId('value')).textContent ?? '';
  expect(container).toBeTruthy();
  unmount();
  return text;
}

describe('a value as a clerk reads it', () => {
  it.each(CASES.map((c) => [`${c[0].name} ${c[0].format ?? c[0].type} ${String(c[1])}`, ...c] as const))(
    '%s',
    async (_title, f, value, expected) => {
      for (const locale of ['zh-CN', 'en'] as const)
        expect(await shown(locale, f, value)).toBe(expected[locale]);
    },
  );
});
