import type { Domain } from './domain';
import { workflowsOf } from './domain';
import type { ActionContext, EffectAction, RecordAction, Workflow } from './workflow';

const ctx = {} as ActionContext;

function domain(workflows: Record<string, Workflow>, effects?: Domain['effects']): Domain {
  return { name: 'd', workflows, routes: [], messages: { zh: {}, en: {} }, hooks: [], effects };
}

describe('workflowsOf', () => {
  it.each([
    ['a record step with its own after', true],
    ['a record step without one', false],
  ])("runs another domain's effect after %s, once and in order", async (_, withAfter) => {
    const calls: string[] = [];
    const step: RecordAction = {
      from: ['a'],
      to: 'b',
      ...(withAfter && { after: async () => void calls.push('own') }),
    };
    const all = workflowsOf([
      domain({ things: { field: 'status', record: { go: step } } }),
      domain({}, { things: { go: async () => void calls.push('effect') } }),
    ]);
    await (all.things.record.go as RecordAction).after?.(ctx);
    expect(calls).toEqual(withAfter ? ['own', 'effect'] : ['effect']);
  });

  it('runs an effect after an effect-only step', async () => {
    const calls: string[] = [];
    const step: EffectAction = { run: async () => void calls.push('own') };
    const all = workflowsOf([
      domain({ things: { record: { publish: step } } }),
      domain({}, { things: { publish: async () => void calls.push('effect') } }),
    ]);
    await (all.things.record.publish as EffectAction).run(ctx);
    expect(calls).toEqual(['own', 'effect']);
  });

  it.each([
    ['a resource with no workflow', { nothing: { go: async () => {} } }],
    ['a step the workflow lacks', { things: { fly: async () => {} } }],
  ])('refuses an effect on %s', (_, effects) => {
    const wf = { things: { field: 'status', record: { go: { from: ['a'], to: 'b' } } } };
    expect(() => workflowsOf([domain(wf), domain({}, effects)])).toThrow(/effect/);
  });
});
