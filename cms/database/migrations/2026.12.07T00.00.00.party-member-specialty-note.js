'use strict';

/**
 * A party member's 特长 was free text in `specialties`; the text is now `specialtyNote`, and `specialties`
 * holds identifiers from the rulebook's list. Strapi runs this before it syncs the schema, so a district's
 * texts move to their new column instead of being dropped with the old one.
 */
const TABLE = 'party_members';

async function up(knex) {
  if (!(await knex.schema.hasTable(TABLE))) return;
  if (!(await knex.schema.hasColumn(TABLE, 'specialties'))) return;
  if (await knex.schema.hasColumn(TABLE, 'specialty_note')) return;
  const { type } = await knex(TABLE).columnInfo('specialties');
  if (!/char|text/i.test(type)) return;
  await knex.schema.alterTable(TABLE, (t) => t.renameColumn('specialties', 'specialty_note'));
}

module.exports = { up, down: async () => {} };
