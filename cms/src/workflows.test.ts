import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogs } from '@yanzhen/config';
import { actionNames, workflows } from './workflows';

const schemas = new Map(
  readdirSync(join(__dirname, 'api')).map((dir) => {
    const s = JSON.parse(
      readFileSync(join(__dirname, 'api', dir, 'content-types', dir, 'schema.json'), 'utf8'),
    );
    return [s.info.pluralName as string, s as { attributes: Record<string, { enum?: string[] }> }];
  }),
);

describe('workflow actions', () => {
  it.each(Object.keys(workflows))('%s: every action has a label in Chinese and English', (resource) => {
    for (const action of actionNames(resource)) {
      expect({ action, zh: catalogs.zh.resources[resource]?.actions?.[action] }).toEqual({
        action,
        zh: expect.any(String),
      });
      expect({ action, en: catalogs.en.resources[resource]?.actions?.[action] }).toEqual({
        action,
        en: expect.any(String),
      });
    }
  });

  it.each(Object.entries(workflows))(
    '%s: every state an action names is a value of its state field',
    (resource, wf) => {
      const states = wf.field ? (schemas.get(resource)?.attributes[wf.field]?.enum ?? []) : [];
      for (const a of Object.values(wf.record)) {
        if ('run' in a) continue;
        expect(wf.field).toBeDefined();
        for (const s of [...a.from, a.to, ...(a.branch ? [a.branch.to] : [])])
          expect({ resource, state: s, known: states.includes(s) }).toEqual({
            resource,
            state: s,
            known: true,
          });
      }
    },
  );
});
