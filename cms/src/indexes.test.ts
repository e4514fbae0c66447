import { snakeCase } from 'lodash';
import { indexesFor } from './indexes';

const column = (a: string) => snakeCase(a);

describe('indexesFor', () => {
  it('indexes the naming field, enums, numbers and dates, not free text or flags', () => {
    const idx = indexesFor(
      {
        collectionName: 'workers',
        attributes: {
          name: { type: 'string' },
          phone: { type: 'string' },
          education: { type: 'enumeration' },
          postTier: { type: 'integer' },
          birthDate: { type: 'date' },
          isReserve: { type: 'boolean' },
          commitment: { type: 'text' },
        },
      },
      column,
    );
    expect(idx.map((i) => i.columns[0])).toEqual(['name', 'education', 'post_tier', 'birth_date']);
    expect(idx.every((i) => i.type === undefined)).toBe(true);
  });

  it('makes unique fields unique in the database', () => {
    const idx = indexesFor(
      { collectionName: 'boards', attributes: { issueDate: { type: 'date', unique: true } } },
      column,
    );
    expect(idx).toEqual([{ name: 'boards_issue_date_uq', columns: ['issue_date'], type: 'unique' }]);
  });

  it('leaves unique fields of draft-and-publish types to the application (draft and published share them)', () => {
    const idx = indexesFor(
      {
        collectionName: 'stories',
        options: { draftAndPublish: true },
        attributes: { slug: { type: 'uid', unique: true } },
      },
      column,
    );
    expect(idx).toEqual([]);
  });
});
