/** The permission matrix as the README shows it: a row per content type, a column per role. */
import { catalogs } from '@yanzhen/config';
import { actionsOf, ROLES } from './matrix';

const LETTERS: [string, string][] = [
  ['find', 'R'],
  ['create', 'C'],
  ['update', 'U'],
  ['delete', 'D'],
];

export function permissionTable(types: { singular: string; plural: string }[]): string {
  const granted = Object.fromEntries(ROLES.map((r) => [r, new Set(actionsOf(r))]));
  const cell = (role: string, uid: string) =>
    LETTERS.filter(([a]) => granted[role].has(`${uid}.${a}`))
      .map(([, l]) => l)
      .join('') || '—';
  const rows = [...types, { singular: 'user', plural: 'users' }].map(({ singular, plural }) => {
    const uid = singular === 'user' ? 'plugin::users-permissions.user' : `api::${singular}.${singular}`;
    const label = catalogs.zh.resources[plural]?.name ?? plural;
    return `| ${plural} | ${label} | ${ROLES.map((r) => cell(r, uid)).join(' | ')} |`;
  });
  return [
    `| resource | 资源 | ${ROLES.join(' | ')} |`,
    `|---|---|${ROLES.map(() => '---').join('|')}|`,
    ...rows,
  ].join('\n');
}

/** Workflow actions (claim, approve …): a row per action, with the roles that may take it. */
export function actionTable(
  types: { singular: string; plural: string }[],
  actionsOfResource: (plural: string) => string[],
): string {
  const granted = Object.fromEntries(ROLES.map((r) => [r, new Set(actionsOf(r))]));
  const rows = types.flatMap(({ singular, plural }) =>
    actionsOfResource(plural).map((action) => {
      const who = ROLES.filter((r) => granted[r].has(`api::${singular}.${singular}.${action}`));
      const label = catalogs.zh.resources[plural]?.actions?.[action] ?? action;
      return `| ${plural} | ${action} | ${label} | ${who.join(', ') || '—'} |`;
    }),
  );
  return ['| resource | action | 操作 | roles |', '|---|---|---|---|', ...rows].join('\n');
}
