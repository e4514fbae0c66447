/** One demo account per role, plus `clerk`: staff kept to one community. Demo mode only. */
import type { Seed } from './context';
import type { Organisation } from './organisation';

export const DEMO_PASSWORD = 'yanzhen-demo';

/** `member` is the party member given (one on the published score table, so the demo shows their points). */
export async function seedAccounts(s: Seed, org: Organisation, member: string): Promise<string[]> {
  const roles = (await s.strapi.db
    .query('plugin::users-permissions.role')
    .findMany({ select: ['id', 'type'] })) as { id: number; type: string }[];
  const roleId = (type: string) => {
    const role = roles.find((x) => x.type === type);
    if (!role) throw new Error(`role ${type} is missing`);
    return role.id;
  };
  const clerkCommunity = org.communities[0];
  const accounts: [string, string, Record<string, unknown>][] = [
    ['staff', 'staff', {}],
    ['publicity', 'publicity', {}],
    ['supervisor', 'supervisor', {}],
    ['member', 'member', {}],
    ['unit', 'unit', { partnerUnit: org.units[0].documentId }],
    ['clerk', 'staff', { scopeCommunity: clerkCommunity.documentId }],
  ];
  for (const [username, role, extra] of accounts) {
    const user = await s.strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username,
        email: `${username}@demo.yanzhen.local`,
        password: DEMO_PASSWORD,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: roleId(role),
        ...extra,
      });
    if (username === 'member') {
      await s.strapi.documents('api::party-member.party-member').update({
        documentId: member,
        data: { user: user.documentId },
      });
    }
  }
  return accounts.map(([u]) => u);
}
