/**
 * Accounts carry a scope (a town or a community) and, for a partner unit's liaison, the unit.
 * Added here rather than by copying the plugin's whole user schema.
 */
import { sameAnswerForgotPassword } from './forgot-password';

interface Plugin {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  controllers: { auth: Parameters<typeof sameAnswerForgotPassword>[0] };
}

export default (plugin: Plugin): Plugin => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    scopeTown: { type: 'relation', relation: 'manyToOne', target: 'api::town.town' },
    scopeCommunity: { type: 'relation', relation: 'manyToOne', target: 'api::community.community' },
    partnerUnit: { type: 'relation', relation: 'manyToOne', target: 'api::partner-unit.partner-unit' },
  });
  plugin.controllers.auth = sameAnswerForgotPassword(plugin.controllers.auth);
  return plugin;
};
