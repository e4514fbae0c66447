import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::api-token-permission'>;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> &
      Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token-permission'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> & Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    deviceId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime & Schema.Attribute.Required & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> & Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    userId: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token-permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::transfer-token-permission'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> & Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean & Schema.Attribute.Private & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean & Schema.Attribute.Private & Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> & Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiAppraisalAppraisal extends Struct.CollectionTypeSchema {
  collectionName: 'appraisals';
  info: {
    description: '';
    displayName: '\u5E74\u5EA6\u8003\u6838';
    pluralName: 'appraisals';
    singularName: 'appraisal';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    attendance: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 15;
          min: 0;
        },
        number
      >;
    barsExcellent: Schema.Attribute.JSON;
    barsPass: Schema.Attribute.JSON;
    correctionReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    dismissal: Schema.Attribute.JSON;
    dismissalRecommended: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    duty: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 30;
          min: 0;
        },
        number
      >;
    excellence: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 15;
          min: 0;
        },
        number
      >;
    grade: Schema.Attribute.Enumeration<['excellent', 'pass', 'basic', 'fail']> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    integrity: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 10;
          min: 0;
        },
        number
      >;
    learning: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 10;
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::appraisal.appraisal'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    satisfaction: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 15;
          min: 0;
        },
        number
      >;
    status: Schema.Attribute.Enumeration<['draft', 'approved']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    taskBoard: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 5;
          min: 0;
        },
        number
      >;
    taskBoardProposed: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 5;
          min: 0;
        },
        number
      >;
    taskBoardReason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    total: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    town: Schema.Attribute.Relation<'manyToOne', 'api::town.town'> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'> & Schema.Attribute.Required;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface ApiAuditEntryAuditEntry extends Struct.CollectionTypeSchema {
  collectionName: 'audit_entries';
  info: {
    description: '';
    displayName: '\u64CD\u4F5C\u65E5\u5FD7';
    pluralName: 'audit-entries';
    singularName: 'audit-entry';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    panel: {
      appendOnly: true;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    actorId: Schema.Attribute.Integer;
    actorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    after: Schema.Attribute.JSON;
    at: Schema.Attribute.DateTime & Schema.Attribute.Required;
    before: Schema.Attribute.JSON;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    importJob: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::audit-entry.audit-entry'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    recordId: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    recordLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    resource: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiBoardBoard extends Struct.CollectionTypeSchema {
  collectionName: 'boards';
  info: {
    description: '';
    displayName: '\u699C\u5355\u671F\u6B21';
    pluralName: 'boards';
    singularName: 'board';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    issueDate: Schema.Attribute.Date & Schema.Attribute.Required & Schema.Attribute.Unique;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::board.board'> & Schema.Attribute.Private;
    number: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 100000;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['open', 'closed']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'closed'>;
    tasks: Schema.Attribute.Relation<'oneToMany', 'api::task.task'>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiBranchBranch extends Struct.CollectionTypeSchema {
  collectionName: 'branches';
  info: {
    description: '';
    displayName: '\u5C0F\u533A\u515A\u652F\u90E8/\u4E1A\u59D4\u4F1A';
    pluralName: 'branches';
    singularName: 'branch';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    compound: Schema.Attribute.Relation<'manyToOne', 'api::compound.compound'> & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    establishedAt: Schema.Attribute.Date;
    isRed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    kind: Schema.Attribute.Enumeration<['party-branch', 'owners-committee']> & Schema.Attribute.Required;
    leadWorker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::branch.branch'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiCommendationCommendation extends Struct.CollectionTypeSchema {
  collectionName: 'commendations';
  info: {
    description: '';
    displayName: '\u5E74\u5EA6\u8868\u5F70';
    pluralName: 'commendations';
    singularName: 'commendation';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    confirmedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    kind: Schema.Attribute.Enumeration<['letter-banner', 'recognition-reward']> & Schema.Attribute.Required;
    letter: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::commendation.commendation'> &
      Schema.Attribute.Private;
    points: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 100000;
          min: 0;
        },
        number
      >;
    proposalKey: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    recipientMember: Schema.Attribute.Relation<'manyToOne', 'api::party-member.party-member'>;
    recipientUnit: Schema.Attribute.Relation<'manyToOne', 'api::partner-unit.partner-unit'>;
    status: Schema.Attribute.Enumeration<['proposed', 'confirmed', 'declined']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'proposed'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface ApiCommunityCommunity extends Struct.CollectionTypeSchema {
  collectionName: 'communities';
  info: {
    description: '';
    displayName: '\u793E\u533A';
    pluralName: 'communities';
    singularName: 'community';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    areaKm2: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 10000;
          min: 0;
        },
        number
      >;
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    households: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 500000;
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::community.community'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    population: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 1000000;
          min: 0;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    securityLevel: Schema.Attribute.Enumeration<['stable', 'general', 'complex']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'general'>;
    town: Schema.Attribute.Relation<'manyToOne', 'api::town.town'> & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiCompoundCompound extends Struct.CollectionTypeSchema {
  collectionName: 'compounds';
  info: {
    description: '';
    displayName: '\u5C0F\u533A';
    pluralName: 'compounds';
    singularName: 'compound';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    buildings: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 1000;
          min: 0;
        },
        number
      >;
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'> & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    grid: Schema.Attribute.Relation<'manyToOne', 'api::grid.grid'>;
    households: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 100000;
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::compound.compound'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiCourseCourse extends Struct.CollectionTypeSchema {
  collectionName: 'courses';
  info: {
    description: '';
    displayName: '\u8BFE\u7A0B';
    pluralName: 'courses';
    singularName: 'course';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    credits: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 0;
        },
        number
      >;
    kind: Schema.Attribute.Enumeration<['compulsory', 'elective']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'compulsory'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::course.course'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    program: Schema.Attribute.Relation<'manyToOne', 'api::degree-program.degree-program'> &
      Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    semester: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 6;
          min: 1;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiDegreeProgramDegreeProgram extends Struct.CollectionTypeSchema {
  collectionName: 'degree_programs';
  info: {
    description: '';
    displayName: '\u5B66\u5386\u63D0\u5347\u9879\u76EE';
    pluralName: 'degree-programs';
    singularName: 'degree-program';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    courses: Schema.Attribute.Relation<'oneToMany', 'api::course.course'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    endYear: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notBefore: 'startYear';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::degree-program.degree-program'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    school: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    startYear: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
    subsidyRate: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'percent';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 1;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0.5>;
    tuition: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 1000000;
          min: 0;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiEnrollmentEnrollment extends Struct.CollectionTypeSchema {
  collectionName: 'enrollments';
  info: {
    description: '';
    displayName: '\u5B66\u5386\u63D0\u5347\u5B66\u5458';
    pluralName: 'enrollments';
    singularName: 'enrollment';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    cohort: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 20;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    diplomaRegistered: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    educationRaised: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    enrolledAt: Schema.Attribute.Date;
    graduatedAt: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notBefore: 'enrolledAt';
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::enrollment.enrollment'> &
      Schema.Attribute.Private;
    program: Schema.Attribute.Relation<'manyToOne', 'api::degree-program.degree-program'> &
      Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['enrolled', 'graduated', 'withdrawn']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'enrolled'>;
    subsidy: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 1000000;
          min: 0;
        },
        number
      >;
    tuition: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 1000000;
          min: 0;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'> & Schema.Attribute.Required;
  };
}

export interface ApiGridGrid extends Struct.CollectionTypeSchema {
  collectionName: 'grids';
  info: {
    description: '';
    displayName: '\u7F51\u683C';
    pluralName: 'grids';
    singularName: 'grid';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'> & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    households: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 100000;
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::grid.grid'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiHonourHonour extends Struct.CollectionTypeSchema {
  collectionName: 'honours';
  info: {
    description: '';
    displayName: '\u8363\u8A89';
    pluralName: 'honours';
    singularName: 'honour';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    category: Schema.Attribute.Enumeration<
      ['representative', 'advanced-collective', 'demonstration', 'personal']
    > &
      Schema.Attribute.Required;
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'>;
    compound: Schema.Attribute.Relation<'manyToOne', 'api::compound.compound'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    issuer: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    level: Schema.Attribute.Enumeration<['national', 'provincial', 'municipal', 'district', 'town']> &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::honour.honour'> & Schema.Attribute.Private;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    partnerUnit: Schema.Attribute.Relation<'manyToOne', 'api::partner-unit.partner-unit'>;
    partyMember: Schema.Attribute.Relation<'manyToOne', 'api::party-member.party-member'>;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'>;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface ApiImportJobImportJob extends Struct.CollectionTypeSchema {
  collectionName: 'import_jobs';
  info: {
    description: '';
    displayName: '\u5BFC\u5165\u4EFB\u52A1';
    pluralName: 'import-jobs';
    singularName: 'import-job';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    panel: {
      appendOnly: true;
    };
  };
  attributes: {
    actorId: Schema.Attribute.Integer;
    actorName: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    created: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    dryRun: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    errorRows: Schema.Attribute.JSON &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          internal: true;
        };
      }>;
    errors: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    failed: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    fileName: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    finishedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    headers: Schema.Attribute.JSON &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          internal: true;
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::import-job.import-job'> &
      Schema.Attribute.Private;
    mode: Schema.Attribute.Enumeration<['insert', 'update', 'upsert']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'upsert'>;
    publishedAt: Schema.Attribute.DateTime;
    resource: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    rowsDone: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    rowsTotal: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    startedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    status: Schema.Attribute.Enumeration<['checking', 'running', 'done', 'refused', 'stopped', 'failed']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'checking'>;
    unchanged: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    updated: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiNotificationNotification extends Struct.CollectionTypeSchema {
  collectionName: 'notifications';
  info: {
    description: "The panel's messages to an account: written by the system, read by their recipient";
    displayName: '\u6D88\u606F';
    pluralName: 'notifications';
    singularName: 'notification';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    kind: Schema.Attribute.Enumeration<['board', 'approved', 'returned', 'upheld', 'dismissed', 'invited']> &
      Schema.Attribute.Required;
    link: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::notification.notification'> &
      Schema.Attribute.Private;
    noticeKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    params: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    readAt: Schema.Attribute.DateTime;
    recipient: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.user'> &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiObjectionObjection extends Struct.CollectionTypeSchema {
  collectionName: 'objections';
  info: {
    description: '';
    displayName: '\u79EF\u5206\u5F02\u8BAE';
    pluralName: 'objections';
    singularName: 'objection';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    adjustment: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: -100;
        },
        number
      >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    holderMember: Schema.Attribute.Relation<'manyToOne', 'api::party-member.party-member'>;
    holderUnit: Schema.Attribute.Relation<'manyToOne', 'api::partner-unit.partner-unit'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::objection.objection'> &
      Schema.Attribute.Private;
    publication: Schema.Attribute.Relation<'manyToOne', 'api::score-publication.score-publication'> &
      Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    resolution: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    resolvedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    status: Schema.Attribute.Enumeration<['open', 'upheld', 'dismissed']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'open'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiPartnerUnitPartnerUnit extends Struct.CollectionTypeSchema {
  collectionName: 'partner_units';
  info: {
    description: '';
    displayName: '\u5305\u8054\u5355\u4F4D';
    pluralName: 'partner-units';
    singularName: 'partner-unit';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    communities: Schema.Attribute.Relation<'manyToMany', 'api::community.community'>;
    contact: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::partner-unit.partner-unit'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          mask: 'phone';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiPartyMemberPartyMember extends Struct.CollectionTypeSchema {
  collectionName: 'party_members';
  info: {
    description: '';
    displayName: '\u515A\u5458';
    pluralName: 'party-members';
    singularName: 'party-member';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    boardDigest: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    commitment: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'> & Schema.Attribute.Required;
    compound: Schema.Attribute.Relation<'manyToOne', 'api::compound.compound'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    kind: Schema.Attribute.Enumeration<['resident', 'unit']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'resident'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::party-member.party-member'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    partnerUnit: Schema.Attribute.Relation<'manyToOne', 'api::partner-unit.partner-unit'>;
    phone: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          mask: 'phone';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    specialties: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          listOf: 'specialties';
        };
      }>;
    specialtyNote: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    user: Schema.Attribute.Relation<'oneToOne', 'plugin::users-permissions.user'>;
    worker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'>;
    workUnit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
  };
}

export interface ApiPayScalePayScale extends Struct.CollectionTypeSchema {
  collectionName: 'pay_scales';
  info: {
    description: '';
    displayName: '\u85AA\u916C\u6807\u51C6\uFF08\u56DB\u5C97\u516B\u7EA7\uFF09';
    pluralName: 'pay-scales';
    singularName: 'pay-scale';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    cells: Schema.Attribute.JSON & Schema.Attribute.Required;
    cityAverageWage: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 10000000;
          min: 0;
        },
        number
      >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    effectiveFrom: Schema.Attribute.Date & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::pay-scale.pay-scale'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    qualificationAllowances: Schema.Attribute.JSON;
    rates: Schema.Attribute.JSON;
    seniorityCap: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 100000;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1000>;
    seniorityPerYear: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 10000;
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<50>;
    status: Schema.Attribute.Enumeration<['draft', 'approved']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface ApiPayrollLinePayrollLine extends Struct.CollectionTypeSchema {
  collectionName: 'payroll_lines';
  info: {
    description: '';
    displayName: '\u5DE5\u8D44\u660E\u7EC6';
    pluralName: 'payroll-lines';
    singularName: 'payroll-line';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    base: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }>;
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    cost: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    employer: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    employerTotal: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }>;
    gross: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::payroll-line.payroll-line'> &
      Schema.Attribute.Private;
    month: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    net: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }>;
    payLevel: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    payroll: Schema.Attribute.Relation<'manyToOne', 'api::payroll.payroll'> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    personal: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    personalTotal: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }>;
    position: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    postTier: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    qualification: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }>;
    seniority: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'money';
          readOnly: true;
        };
      }>;
    seniorityYears: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
  };
}

export interface ApiPayrollPayroll extends Struct.CollectionTypeSchema {
  collectionName: 'payrolls';
  info: {
    description: '';
    displayName: '\u6708\u5EA6\u5DE5\u8D44\u53D1\u653E';
    pluralName: 'payrolls';
    singularName: 'payroll';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    headcount: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::payroll.payroll'> & Schema.Attribute.Private;
    month: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'month';
        };
      }>;
    payScale: Schema.Attribute.Relation<'manyToOne', 'api::pay-scale.pay-scale'> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['draft', 'approved']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    totals: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiPointsEntryPointsEntry extends Struct.CollectionTypeSchema {
  collectionName: 'points_entries';
  info: {
    description: '';
    displayName: '\u79EF\u5206\u53F0\u8D26';
    pluralName: 'points-entries';
    singularName: 'points-entry';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    panel: {
      appendOnly: true;
    };
  };
  attributes: {
    author: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    entryKey: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    holderKey: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    holderMember: Schema.Attribute.Relation<'manyToOne', 'api::party-member.party-member'>;
    holderUnit: Schema.Attribute.Relation<'manyToOne', 'api::partner-unit.partner-unit'>;
    kind: Schema.Attribute.Enumeration<['award', 'reversal', 'adjustment']> & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::points-entry.points-entry'> &
      Schema.Attribute.Private;
    points: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 1000;
          min: -1000;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    quarter: Schema.Attribute.String & Schema.Attribute.Required;
    reason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    task: Schema.Attribute.Relation<'manyToOne', 'api::task.task'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiPromotionPromotion extends Struct.CollectionTypeSchema {
  collectionName: 'promotions';
  info: {
    description: '';
    displayName: '\u804C\u4E1A\u664B\u5347';
    pluralName: 'promotions';
    singularName: 'promotion';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    fromLevel: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 8;
          min: 1;
        },
        number
      >;
    fromStage: Schema.Attribute.Enumeration<['worker', 'cadre', 'township']>;
    kind: Schema.Attribute.Enumeration<['stage', 'level']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'stage'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::promotion.promotion'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    status: Schema.Attribute.Enumeration<['proposed', 'approved', 'rejected']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'proposed'>;
    toLevel: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 8;
          min: 1;
        },
        number
      >;
    toStage: Schema.Attribute.Enumeration<['worker', 'cadre', 'township']>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'> & Schema.Attribute.Required;
  };
}

export interface ApiRecruitmentRecruitment extends Struct.CollectionTypeSchema {
  collectionName: 'recruitments';
  info: {
    description: '';
    displayName: '\u62DB\u8058\u6279\u6B21';
    pluralName: 'recruitments';
    singularName: 'recruitment';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    announcedAt: Schema.Attribute.Date;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    hires: Schema.Attribute.Relation<'oneToMany', 'api::worker.worker'>;
    kind: Schema.Attribute.Enumeration<['worker', 'grid', 'mixed']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'mixed'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::recruitment.recruitment'> &
      Schema.Attribute.Private;
    planned: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 10000;
          min: 0;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    year: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 2000;
        },
        number
      >;
  };
}

export interface ApiScorePublicationScorePublication extends Struct.CollectionTypeSchema {
  collectionName: 'score_publications';
  info: {
    description: '';
    displayName: '\u5B63\u5EA6\u79EF\u5206\u516C\u793A';
    pluralName: 'score-publications';
    singularName: 'score-publication';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    announcedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    finalizedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::score-publication.score-publication'> &
      Schema.Attribute.Private;
    objectionDeadline: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    quarter: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Unique;
    ranking: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    status: Schema.Attribute.Enumeration<['draft', 'published', 'final']> &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'draft'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiSecondmentSecondment extends Struct.CollectionTypeSchema {
  collectionName: 'secondments';
  info: {
    description: '';
    displayName: '\u6302\u804C\u953B\u70BC';
    pluralName: 'secondments';
    singularName: 'secondment';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    appliedAt: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notFuture: true;
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    endDate: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notBefore: 'startDate';
        };
      }>;
    evaluation: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::secondment.secondment'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    reviewNote: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    startDate: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notBefore: 'appliedAt';
        };
      }>;
    status: Schema.Attribute.Enumeration<
      ['applied', 'tested', 'approved', 'rejected', 'active', 'completed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'applied'>;
    targetOrg: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    targetPost: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    testScore: Schema.Attribute.Decimal &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'> & Schema.Attribute.Required;
  };
}

export interface ApiSettingSetting extends Struct.SingleTypeSchema {
  collectionName: 'settings';
  info: {
    description: '';
    displayName: '\u533A\u7EA7\u8BBE\u7F6E';
    pluralName: 'settings';
    singularName: 'setting';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    districtName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    letterIssuer: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::setting.setting'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    referenceDate: Schema.Attribute.Date;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiShowcaseShowcase extends Struct.CollectionTypeSchema {
  collectionName: 'showcases';
  info: {
    description: '';
    displayName: '\u6708\u5EA6\u6210\u679C\u667E\u6652';
    pluralName: 'showcases';
    singularName: 'showcase';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::showcase.showcase'> &
      Schema.Attribute.Private;
    month: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          format: 'month';
        };
      }>;
    publishedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['draft', 'published']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    summary: Schema.Attribute.JSON;
    tasks: Schema.Attribute.Relation<'manyToMany', 'api::task.task'>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiSourceGroupSourceGroup extends Struct.CollectionTypeSchema {
  collectionName: 'source_groups';
  info: {
    description: '\u7FA4\u4F17\u81EA\u6CBB\u7EC4\u7EC7\uFF1A\u6536\u96C6\u5C45\u6C11\u9700\u6C42\u7684\u6E20\u9053\uFF0C\u4EFB\u52A1\u7684\u6536\u96C6\u6E20\u9053\u4ECE\u4E2D\u9009\u62E9';
    displayName: '\u81EA\u6CBB\u7EC4\u7EC7';
    pluralName: 'source-groups';
    singularName: 'source-group';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    leader: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::source-group.source-group'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiStoryStory extends Struct.CollectionTypeSchema {
  collectionName: 'stories';
  info: {
    description: '';
    displayName: '\u699C\u6837\u6545\u4E8B';
    pluralName: 'stories';
    singularName: 'story';
  };
  options: {
    draftAndPublish: true;
  };
  attributes: {
    author: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    body: Schema.Attribute.RichText;
    cover: Schema.Attribute.Media<'images'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    honour: Schema.Attribute.Relation<'manyToOne', 'api::honour.honour'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::story.story'> & Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'title'>;
    subjectCommunities: Schema.Attribute.Relation<'manyToMany', 'api::community.community'>;
    subjectWorkers: Schema.Attribute.Relation<'manyToMany', 'api::worker.worker'>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiTaskTask extends Struct.CollectionTypeSchema {
  collectionName: 'tasks';
  info: {
    description: '';
    displayName: '\u6C11\u751F\u5B9E\u4E8B\u4EFB\u52A1';
    pluralName: 'tasks';
    singularName: 'task';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    board: Schema.Attribute.Relation<'manyToOne', 'api::board.board'>;
    category: Schema.Attribute.Enumeration<
      [
        'sanitation',
        'elderly',
        'children',
        'facilities',
        'venue',
        'health',
        'habitat',
        'antifraud',
        'patrol',
        'other',
      ]
    > &
      Schema.Attribute.Required;
    claimantMember: Schema.Attribute.Relation<'manyToOne', 'api::party-member.party-member'> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    claimantUnit: Schema.Attribute.Relation<'manyToOne', 'api::partner-unit.partner-unit'> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    claimedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'> & Schema.Attribute.Required;
    compound: Schema.Attribute.Relation<'manyToOne', 'api::compound.compound'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    difficulty: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 5;
          min: 1;
        },
        number
      >;
    doneAt: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notBefore: 'claimedAt';
          notFuture: true;
        };
      }>;
    dueAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    duplicateOf: Schema.Attribute.Relation<'manyToOne', 'api::task.task'>;
    followedUpAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    followUpNote: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    followUpResult: Schema.Attribute.Enumeration<['satisfied', 'basic', 'dissatisfied']> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    hoursNeeded: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 10000;
          min: 0;
        },
        number
      >;
    isOverdue: Schema.Attribute.Boolean &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<false>;
    isUrgent: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::task.task'> & Schema.Attribute.Private;
    needsFunding: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    peopleNeeded: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 1000;
          min: 1;
        },
        number
      >;
    photos: Schema.Attribute.Media<'images', true>;
    points: Schema.Attribute.Integer &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    rejectReason: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    report: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    reportedAt: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notFuture: true;
        };
      }>;
    reporter: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          mask: 'name';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    reporterPhone: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          mask: 'phone';
        };
      }>;
    reviewedAt: Schema.Attribute.DateTime &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    reviewer: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.user'> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    sourceOrg: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          choicesFrom: 'api::source-group.source-group';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    specialties: Schema.Attribute.JSON &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          listOf: 'specialties';
        };
      }>;
    status: Schema.Attribute.Enumeration<
      ['collected', 'triaged', 'listed', 'claimed', 'submitted', 'approved', 'rejected', 'withdrawn']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }> &
      Schema.Attribute.DefaultTo<'collected'>;
    tier: Schema.Attribute.Enumeration<['big', 'small']> &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          readOnly: true;
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiTownTown extends Struct.CollectionTypeSchema {
  collectionName: 'towns';
  info: {
    description: '';
    displayName: '\u4E61\u9547\uFF08\u8857\u9053\uFF09';
    pluralName: 'towns';
    singularName: 'town';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    communities: Schema.Attribute.Relation<'oneToMany', 'api::community.community'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    kind: Schema.Attribute.Enumeration<['town', 'subdistrict']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'town'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::town.town'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiTrainingTraining extends Struct.CollectionTypeSchema {
  collectionName: 'trainings';
  info: {
    description: '';
    displayName: '\u57F9\u8BAD';
    pluralName: 'trainings';
    singularName: 'training';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    attendees: Schema.Attribute.Relation<'manyToMany', 'api::worker.worker'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    endDate: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notBefore: 'startDate';
        };
      }>;
    form: Schema.Attribute.Enumeration<['outbound', 'inbound']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'inbound'>;
    hours: Schema.Attribute.Decimal &
      Schema.Attribute.SetMinMax<
        {
          max: 1000;
          min: 0;
        },
        number
      >;
    level: Schema.Attribute.Enumeration<['national', 'provincial', 'municipal', 'district', 'town']> &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::training.training'> &
      Schema.Attribute.Private;
    organizer: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    startDate: Schema.Attribute.Date & Schema.Attribute.Required;
    theme: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface ApiTrialPostTrialPost extends Struct.CollectionTypeSchema {
  collectionName: 'trial_posts';
  info: {
    description: '';
    displayName: '\u8BD5\u5C97\u9876\u5C97';
    pluralName: 'trial-posts';
    singularName: 'trial-post';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'> & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    endDate: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notBefore: 'startDate';
        };
      }>;
    evaluation: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    kind: Schema.Attribute.Enumeration<['trial', 'acting']> & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::trial-post.trial-post'> &
      Schema.Attribute.Private;
    post: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    publishedAt: Schema.Attribute.DateTime;
    result: Schema.Attribute.Enumeration<['excellent', 'competent', 'incompetent']>;
    startDate: Schema.Attribute.Date & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    worker: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'> & Schema.Attribute.Required;
  };
}

export interface ApiWorkerWorker extends Struct.CollectionTypeSchema {
  collectionName: 'workers';
  info: {
    description: '';
    displayName: '\u793E\u533A\u5DE5\u4F5C\u8005';
    pluralName: 'workers';
    singularName: 'worker';
  };
  options: {
    draftAndPublish: false;
  };
  attributes: {
    birthDate: Schema.Attribute.Date &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          notFuture: true;
        };
      }>;
    careerStage: Schema.Attribute.Enumeration<['worker', 'cadre', 'township']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'worker'>;
    community: Schema.Attribute.Relation<'manyToOne', 'api::community.community'> & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    education: Schema.Attribute.Enumeration<['junior', 'senior', 'college', 'bachelor', 'postgraduate']> &
      Schema.Attribute.Required;
    gender: Schema.Attribute.Enumeration<['male', 'female']> & Schema.Attribute.Required;
    grid: Schema.Attribute.Relation<'manyToOne', 'api::grid.grid'>;
    hireDate: Schema.Attribute.Date &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          minAge: {
            from: 'birthDate';
            years: 18;
          };
          notBefore: 'birthDate';
        };
      }>;
    idNumber: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          mask: 'idNumber';
        };
      }>;
    isConcurrent: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    isReserve: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    isReturningGraduate: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    isVeteran: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::worker.worker'> & Schema.Attribute.Private;
    mentees: Schema.Attribute.Relation<'oneToMany', 'api::worker.worker'>;
    mentor: Schema.Attribute.Relation<'manyToOne', 'api::worker.worker'>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20;
      }>;
    payLevel: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 8;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    phone: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetPluginOptions<{
        panel: {
          mask: 'phone';
        };
      }>;
    politicalStatus: Schema.Attribute.Enumeration<
      ['member', 'probationary', 'league', 'democratic', 'masses']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'masses'>;
    position: Schema.Attribute.Enumeration<
      ['secretary', 'director', 'deputy', 'committee', 'worker', 'grid']
    > &
      Schema.Attribute.Required;
    postTier: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 4;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    qualification: Schema.Attribute.Enumeration<['none', 'assistant', 'social', 'senior']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'none'>;
    recruitment: Schema.Attribute.Relation<'manyToOne', 'api::recruitment.recruitment'>;
    status: Schema.Attribute.Enumeration<['active', 'trial', 'acting', 'seconded', 'left', 'dismissed']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'active'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesRelease extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release-action'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['ready', 'blocked', 'failed', 'done', 'empty']> &
      Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::content-releases.release-action'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<'manyToOne', 'plugin::content-releases.release'>;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::i18n.locale'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflow extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<'oneToOne', 'plugin::review-workflows.workflow-stage'>;
    stages: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow-stage'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::review-workflows.workflow-stage'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<'manyToOne', 'plugin::review-workflows.workflow'>;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> & Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'> & Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'> & Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer & Schema.Attribute.Required & Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsPermission extends Struct.CollectionTypeSchema {
  collectionName: 'up_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.permission'> &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.role'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsRole extends Struct.CollectionTypeSchema {
  collectionName: 'up_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.role'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.permission'>;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.String & Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.user'>;
  };
}

export interface PluginUsersPermissionsUser extends Struct.CollectionTypeSchema {
  collectionName: 'up_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'user';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
    timestamps: true;
  };
  attributes: {
    blocked: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    confirmationToken: Schema.Attribute.String & Schema.Attribute.Private;
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'plugin::users-permissions.user'> &
      Schema.Attribute.Private;
    partnerUnit: Schema.Attribute.Relation<'manyToOne', 'api::partner-unit.partner-unit'>;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    passwordChangedAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    provider: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    role: Schema.Attribute.Relation<'manyToOne', 'plugin::users-permissions.role'>;
    scopeCommunity: Schema.Attribute.Relation<'manyToOne', 'api::community.community'>;
    scopeTown: Schema.Attribute.Relation<'manyToOne', 'api::town.town'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> & Schema.Attribute.Private;
    username: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::appraisal.appraisal': ApiAppraisalAppraisal;
      'api::audit-entry.audit-entry': ApiAuditEntryAuditEntry;
      'api::board.board': ApiBoardBoard;
      'api::branch.branch': ApiBranchBranch;
      'api::commendation.commendation': ApiCommendationCommendation;
      'api::community.community': ApiCommunityCommunity;
      'api::compound.compound': ApiCompoundCompound;
      'api::course.course': ApiCourseCourse;
      'api::degree-program.degree-program': ApiDegreeProgramDegreeProgram;
      'api::enrollment.enrollment': ApiEnrollmentEnrollment;
      'api::grid.grid': ApiGridGrid;
      'api::honour.honour': ApiHonourHonour;
      'api::import-job.import-job': ApiImportJobImportJob;
      'api::notification.notification': ApiNotificationNotification;
      'api::objection.objection': ApiObjectionObjection;
      'api::partner-unit.partner-unit': ApiPartnerUnitPartnerUnit;
      'api::party-member.party-member': ApiPartyMemberPartyMember;
      'api::pay-scale.pay-scale': ApiPayScalePayScale;
      'api::payroll-line.payroll-line': ApiPayrollLinePayrollLine;
      'api::payroll.payroll': ApiPayrollPayroll;
      'api::points-entry.points-entry': ApiPointsEntryPointsEntry;
      'api::promotion.promotion': ApiPromotionPromotion;
      'api::recruitment.recruitment': ApiRecruitmentRecruitment;
      'api::score-publication.score-publication': ApiScorePublicationScorePublication;
      'api::secondment.secondment': ApiSecondmentSecondment;
      'api::setting.setting': ApiSettingSetting;
      'api::showcase.showcase': ApiShowcaseShowcase;
      'api::source-group.source-group': ApiSourceGroupSourceGroup;
      'api::story.story': ApiStoryStory;
      'api::task.task': ApiTaskTask;
      'api::town.town': ApiTownTown;
      'api::training.training': ApiTrainingTraining;
      'api::trial-post.trial-post': ApiTrialPostTrialPost;
      'api::worker.worker': ApiWorkerWorker;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
      'plugin::users-permissions.permission': PluginUsersPermissionsPermission;
      'plugin::users-permissions.role': PluginUsersPermissionsRole;
      'plugin::users-permissions.user': PluginUsersPermissionsUser;
    }
  }
}
