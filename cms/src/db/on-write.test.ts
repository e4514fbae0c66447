import type { Core } from '@strapi/strapi';
import { onWrite, type DocCtx, type Next, type Write } from './on-write';

const TASK = 'api::task.task';
const strapi = { contentTypes: {} } as unknown as Core.Strapi;
const ctxOf = (uid: string, action: string, params: Record<string, unknown>) =>
  ({ uid, action, params }) as unknown as DocCtx;

function run(uid: string | RegExp, actions: Parameters<typeof onWrite>[1], ctx: DocCtx) {
  const seen: Write[] = [];
  const next = jest.fn(async () => 'next') as unknown as Next;
  const hook = onWrite(uid, actions, async (write, n) => {
    seen.push(write);
    return n();
  });
  return { result: hook(strapi)(ctx, next), seen, next };
}

describe('onWrite', () => {
  it.each<[string, string | RegExp, string, boolean]>([
    ['its content type and action', TASK, 'update', true],
    ['another content type', 'api::board.board', 'update', false],
    ['another action', TASK, 'delete', false],
    ['a pattern of content types', /^api::/, 'create', true],
    ['a pattern that does not match', /^plugin::/, 'create', false],
  ])('runs on %s: %p', async (_, uid, action, runs) => {
    const { result, seen, next } = run(uid, ['create', 'update'], ctxOf(TASK, action, { data: {} }));
    await expect(result).resolves.toBe('next');
    expect(seen).toHaveLength(runs ? 1 : 0);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('hands the write its data (the same object Strapi writes), document and action', async () => {
    const data = { title: 'x' };
    const { seen } = run(TASK, ['update'], ctxOf(TASK, 'update', { data, documentId: 'd1' }));
    await Promise.resolve();
    expect(seen[0]).toMatchObject({ action: 'update', documentId: 'd1' });
    expect(seen[0].data).toBe(data);
  });

  it("reads a relation in the shape Strapi's admin sends it", async () => {
    const data = { compound: { connect: [{ id: 4, documentId: 'c1' }], disconnect: [] } };
    const { seen } = run(TASK, ['create'], ctxOf(TASK, 'create', { data }));
    await Promise.resolve();
    expect(seen[0].documentId).toBeNull();
    await expect(seen[0].relation('compound')).resolves.toBe('c1');
    await expect(seen[0].relation('board')).resolves.toBeUndefined();
  });
});
