/**
 * Accounts carry a scope (a town or a community) and, for a partner unit's liaison, the unit.
 * `passwordChangedAt` lets the panel refuse a token issued before the account's password last changed.
 * Added here rather than by copying the plugin's whole user schema.
 */
interface Plugin {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
}

export default (plugin: Plugin): Plugin => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    scopeTown: { type: 'relation', relation: 'manyToOne', target: 'api::town.town' },
    scopeCommunity: { type: 'relation', relation: 'manyToOne', target: 'api::community.community' },
    partnerUnit: { type: 'relation', relation: 'manyToOne', target: 'api::partner-unit.partner-unit' },
    passwordChangedAt: { type: 'datetime', private: true, configurable: false },
  });
  return plugin;
};
