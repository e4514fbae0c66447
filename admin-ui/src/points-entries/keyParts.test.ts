import type { FieldSchema } from '@yanzhen/config';
import { shownField } from '../schema/fixtures';
import { keyParts } from './keyParts';

const field = (name: string, type: FieldSchema['type'], resource?: string): FieldSchema =>
  shownField(name, type, resource ? { relation: { resource, many: false, inverse: false } } : {});
const fields = [
  field('holderMember', 'relation', 'party-members'),
  field('holderUnit', 'relation', 'partner-units'),
  field('task', 'relation', 'tasks'),
  field('kind', 'enumeration'),
  field('year', 'integer'),
];
const MEMBER = 'aj4zk2m9q8w7e6r5t4y3u2i1';
const TASK = 'p0o9i8u7y6t5r4e3w2q1a2s3';
const OBJECTION = 'z1x2c3v4b5n6m7l8k9j0h1g2';

const read = (key: string, record: Record<string, unknown>) =>
  keyParts(key, record, fields).map((p) =>
    'relation' in p ? `@${p.relation.name}` : 'choice' in p ? `#${p.value}` : p.text,
  );

describe('an internal key in words', () => {
  it.each([
    [`member:${MEMBER}`, { holderMember: MEMBER }, ['@holderMember']],
    [`unit:${MEMBER}`, { holderUnit: MEMBER }, ['@holderUnit']],
    [`2026:member:${MEMBER}`, { holderMember: MEMBER, year: 2026 }, ['2026', '@holderMember']],
    [`award:${TASK}:1`, { task: TASK, kind: 'award' }, ['#award', '@task', '1']],
    [`adjustment:${OBJECTION}`, { kind: 'adjustment' }, ['#adjustment']],
  ])('reads %s as %j', (key, record, parts) => expect(read(key, record)).toEqual(parts));
});
