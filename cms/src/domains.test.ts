import { domains } from './domains';
import { taskboard } from './taskboard';
import { addMessages, message, messageCodes, type MessageCode } from './panel/messages';

const core = new Set(messageCodes());
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(domains.map((d) => [d.name, d] as const))('the %s domain', (_, d) => {
  it('has every message in Chinese and English, with the same parameters', () => {
    expect(Object.keys(d.messages.en).sort()).toEqual(Object.keys(d.messages.zh).sort());
    for (const [code, zh] of Object.entries(d.messages.zh)) {
      const en = d.messages.en[code];
      expect({ code, zh: zh !== '' && zh !== en }).toEqual({ code, zh: true });
      expect({ code, en: placeholders(en) }).toEqual({ code, en: placeholders(zh) });
    }
  });

  it('uses no code of the core or of another domain', () => {
    const others = domains.filter((o) => o !== d).flatMap((o) => Object.keys(o.messages.zh));
    for (const code of Object.keys(d.messages.zh)) {
      expect({ code, core: core.has(code as MessageCode), other: others.includes(code) }).toEqual({
        code,
        core: false,
        other: false,
      });
    }
  });

  it("has each resource's workflow once", () => {
    const others = domains.filter((o) => o !== d).flatMap((o) => Object.keys(o.workflows));
    for (const resource of Object.keys(d.workflows)) expect(others).not.toContain(resource);
  });
});

it('reads a domain message once the domain is added', () => {
  addMessages(taskboard.messages);
  expect(message('en', 'no_scores', { quarter: '2026-Q1' })).toBe(
    'No score table has been published for 2026-Q1',
  );
});
