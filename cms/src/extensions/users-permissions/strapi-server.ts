/**
 * Accounts carry a scope (a town or a community) and, for a partner unit's liaison, the unit.
 * `passwordChangedAt` lets the panel refuse a token issued before the account's password last changed.
 * Added here rather than by copying the plugin's whole user schema.
 *
 * The permission matrix grants `plugin::users-permissions.user.delete` like every other resource's
 * delete, but the plugin names its controller action `destroy` and, at each start, removes permissions
 * for actions no controller has: supervisors lost the right to delete accounts on the second start.
 * `delete` is therefore a real action of the user controller (the same handler as `destroy`).
 */
import { sameAnswerForgotPassword } from './forgot-password';

type Action = (...args: unknown[]) => unknown;

interface Plugin {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  controllers: { user: Record<string, Action>; auth: Parameters<typeof sameAnswerForgotPassword>[0] };
}

export default (plugin: Plugin): Plugin => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    scopeTown: { type: 'relation', relation: 'manyToOne', target: 'api::town.town' },
    scopeCommunity: { type: 'relation', relation: 'manyToOne', target: 'api::community.community' },
    partnerUnit: { type: 'relation', relation: 'manyToOne', target: 'api::partner-unit.partner-unit' },
    passwordChangedAt: { type: 'datetime', private: true, configurable: false },
  });
  plugin.controllers.user.delete ??= plugin.controllers.user.destroy;
  plugin.controllers.auth = sameAnswerForgotPassword(plugin.controllers.auth);
  return plugin;
};
