import { panel } from '../schema/fixtures';
import { canDo } from './access';

describe('what the viewer may do', () => {
  it.each([
    ['gadgets', 'list', true],
    ['gadgets', 'export', true],
    ['gadgets', 'edit', true],
    ['places', 'show', true],
    ['places', 'create', false],
    ['places', 'delete', false],
    ['secrets', 'list', false],
    ['nowhere', 'list', false],
    ['gadgets', 'polish', true],
    ['gadgets', 'approve', false],
  ])('%s: %s → %s', (resource, action, allowed) => expect(canDo(panel, resource, action)).toBe(allowed));

  it('allows nothing before the panel is known', () => expect(canDo(null, 'gadgets', 'list')).toBe(false));
});
