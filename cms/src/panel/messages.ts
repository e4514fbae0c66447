/** Every message the panel API sends, in Chinese (the default) and English. */
import { catalogs, type Locale } from '@yanzhen/config';
import Polyglot from 'node-polyglot';

export type { Locale };
/** A message code and its parameters; a parameter may itself be a message (the reason of an error). */
export interface FieldIssue {
  code: MessageCode;
  params?: Params;
}
/** A resource's or a field's label, looked up in the catalog of the reader's language. */
export interface LabelRef {
  resource: string;
  field?: string;
  /** Several fields, listed. */
  fields?: string[];
  /** With `field`: the label of one of its enumeration values. */
  value?: string;
  /** A workflow action's label. */
  action?: string;
}
export type Params = Record<string, string | number | FieldIssue | LabelRef>;

const core = {
  required: '必填',
  unknown_field: '不是该资源的字段',
  read_only: '由流程维护，不能直接填写或修改',
  type_string: '应为文本',
  type_integer: '应为整数',
  type_number: '应为数字',
  type_boolean: '应为“是”或“否”',
  type_date: '应为有效日期（YYYY-MM-DD）',
  type_datetime: '应为有效的日期时间',
  type_json: '应为 JSON 数据',
  enum: '应为以下之一：%{choices}',
  enum_list: '应为由以下各项组成的列表：%{choices}',
  min: '不能小于 %{min}',
  max: '不能大于 %{max}',
  min_length: '至少 %{min} 个字符',
  max_length: '最多 %{max} 个字符',
  regex: '格式不正确',
  id_length: '身份证号应为 18 位，最后一位可以是 X',
  id_birth_date: '身份证号中的出生日期无效',
  id_check_digit: '身份证号校验位不正确，请核对',
  month_format: '应为年月，如 2026-12 或 2026年12月',
  not_before: '不能早于%{other}（%{value}）',
  not_future: '不能晚于今天（%{today}）',
  min_age: '按%{other}（%{value}）计算，此时应年满 %{years} 周岁',
  email: '应为有效的电子邮箱地址',
  nul_char: '不能包含空字符（\\u0000）',
  relation_type: '应为一条记录的编号',
  relation_many_type: '应为记录编号的列表',
  relation_missing: '编号为 %{ids} 的%{target}不存在',
  choice_missing: '「%{value}」不在%{target}名单中，请从名单中选择，或先在%{target}中添加',
  unique: '“%{value}”已被其他记录使用',
  out_of_scope: '超出您的管辖范围',
  media_type: '应为已上传文件的编号',
  media_missing: '文件 %{ids} 不存在',
  bad_json_param: '参数 %{param} 不是有效的 JSON',
  bad_sort: '排序参数 sort 应为 ["字段","ASC"] 或 ["字段","DESC"]',
  unknown_sort_field: '不能按“%{field}”排序：%{resource}没有这个字段',
  bad_range: '分页参数 range 应为 [起, 止]，0 ≤ 起 ≤ 止，每次最多 %{max} 条',
  bad_filter: '筛选参数 filter 应为 JSON 对象',
  unknown_filter_field: '不能按“%{field}”筛选：%{resource}没有这个字段',
  bad_filter_value: '筛选条件“%{field}”的值无效：%{reason}',
  private_field: '不能按“%{field}”筛选或排序：该字段含个人信息',
  unknown_resource: '没有名为“%{resource}”的资源',
  not_found: '找不到编号为 %{id} 的%{resource}',
  unauthorized: '请先登录',
  token_invalid: '登录已失效，请重新登录',
  forbidden: '您没有%{action}%{resource}的权限',
  forbidden_scope: '该记录不在您的管辖范围内',
  validation: '有 %{count} 处填写有误：%{fields}',
  body_not_object: '请求内容应为 JSON 对象',
  body_too_large: '请求内容过大，请删减后重试',
  body_invalid_json: '请求内容不是有效的 JSON',
  body_invalid_multipart: '上传内容格式不正确（multipart 缺少分隔符）',
  conflict_unique: '%{field}“%{value}”已被其他记录使用',
  append_only: '%{resource}只能由系统追加，不能新建、修改或删除',
  unknown_action: '%{resource}没有“%{action}”这个操作',
  invalid_state: '当前状态为“%{state}”，不能%{action}',
  internal: '服务器出错了，请稍后重试；问题已记录',
  action_find: '查看',
  action_findOne: '查看',
  action_create: '新建',
  action_update: '修改',
  action_delete: '删除',
  action_other: '操作',
  in_use: '仍有 %{count} 条%{other}记录引用该%{resource}，请先处理这些记录再删除',
  single_exists: '%{resource}只有一条记录，请修改现有记录',
  locked: '当前状态为“%{state}”，不能修改或删除',
  bulk_no_ids: '请先勾选要批量修改的记录（ids 为记录编号的列表）',
  bulk_bad_ids: '记录编号 ids 应为文本编号的列表',
  bulk_too_many: '一次最多批量修改 %{max} 条记录（收到 %{count} 条），请分批进行',
  bulk_no_data: '请给出要修改的字段和值（data 为非空的 JSON 对象）',
};

/**
 * The codes a PanelError may carry, by where they come from. Each domain keeps its own messages beside its
 * code and adds their codes here, in its messages file:
 * `declare module '../panel/messages' { interface MessageCodes { board: keyof typeof zh } }`.
 */
export interface MessageCodes {
  core: keyof typeof core;
}

export type MessageCode = MessageCodes[keyof MessageCodes];

/** Message templates by code, in Chinese and English (the same codes and parameters in both). */
export interface MessageTemplates {
  zh: Record<string, string>;
  en: Record<string, string>;
}

const coreEn: Record<keyof typeof core, string> = {
  required: 'Required',
  unknown_field: 'Not a field of this resource',
  read_only: 'Kept by the workflow: it cannot be written directly',
  type_string: 'Must be text',
  type_integer: 'Must be a whole number',
  type_number: 'Must be a number',
  type_boolean: 'Must be true or false',
  type_date: 'Must be a valid date (YYYY-MM-DD)',
  type_datetime: 'Must be a valid date and time',
  type_json: 'Must be JSON data',
  enum: 'Must be one of: %{choices}',
  enum_list: 'Must be a list of: %{choices}',
  min: 'Must be at least %{min}',
  max: 'Must be at most %{max}',
  min_length: 'Must be at least %{min} characters',
  max_length: 'Must be at most %{max} characters',
  regex: 'Has the wrong format',
  id_length: 'An ID number has 18 characters, the last may be X',
  id_birth_date: 'The birth date in the ID number is not a real date',
  id_check_digit: 'The ID number’s check digit is wrong',
  month_format: 'Give a year and month, e.g. 2026-12',
  not_before: 'Cannot be earlier than %{other} (%{value})',
  not_future: 'Cannot be later than today (%{today})',
  min_age: 'Given %{other} (%{value}), the person must be at least %{years} here',
  email: 'Must be a valid email address',
  nul_char: 'Must not contain a NUL character (\\u0000)',
  relation_type: 'Must be the id of one record',
  relation_many_type: 'Must be a list of record ids',
  relation_missing: 'No %{target} with id %{ids}',
  choice_missing:
    '"%{value}" is not on the list of %{target}: choose one from the list, or add it to %{target} first',
  unique: '"%{value}" is already used by another record',
  out_of_scope: 'Outside your scope',
  media_type: 'Must be the id of an uploaded file',
  media_missing: 'No file with id %{ids}',
  bad_json_param: 'Parameter %{param} is not valid JSON',
  bad_sort: 'sort must be ["field","ASC"] or ["field","DESC"]',
  unknown_sort_field: 'Cannot sort by "%{field}": %{resource} has no such field',
  bad_range: 'range must be [start, end] with 0 ≤ start ≤ end and at most %{max} rows',
  bad_filter: 'filter must be a JSON object',
  unknown_filter_field: 'Cannot filter by "%{field}": %{resource} has no such field',
  bad_filter_value: 'Invalid value for filter "%{field}": %{reason}',
  private_field: 'Cannot filter or sort by "%{field}": it holds personal data',
  unknown_resource: 'There is no resource named "%{resource}"',
  not_found: 'No %{resource} with id %{id}',
  unauthorized: 'Please log in',
  token_invalid: 'Your session has expired, please log in again',
  forbidden: 'You may not %{action} %{resource}',
  forbidden_scope: 'This record is outside your scope',
  validation: '%{count} fields need attention: %{fields}',
  body_not_object: 'The request body must be a JSON object',
  body_too_large: 'The request body is too large',
  body_invalid_json: 'The request body is not valid JSON',
  body_invalid_multipart: 'The upload is malformed (multipart without a boundary)',
  conflict_unique: '%{field} "%{value}" is already used by another record',
  append_only: '%{resource} are appended by the system and cannot be created, changed or deleted',
  unknown_action: '%{resource} has no action "%{action}"',
  invalid_state: 'The record is "%{state}": cannot %{action}',
  internal: 'Something went wrong on the server; it has been logged',
  action_find: 'read',
  action_findOne: 'read',
  action_create: 'create',
  action_update: 'change',
  action_delete: 'delete',
  action_other: 'act on',
  in_use: '%{count} %{other} still refer to this record of %{resource}; deal with them before deleting it',
  single_exists: '%{resource} has a single record: change the existing one',
  locked: 'The record is "%{state}": it can no longer be changed or deleted',
  bulk_no_ids: 'Select the records to change first (ids: a list of record ids)',
  bulk_bad_ids: 'ids must be a list of record ids (text)',
  bulk_too_many: 'At most %{max} records can be changed at once (got %{count}): split the selection',
  bulk_no_data: 'Give the fields to change and their values (data: a non-empty JSON object)',
};

/** The catalog: the core's messages and those of every domain the panel was given. */
const templates: Record<Locale, Record<string, string>> = { zh: { ...core }, en: { ...coreEn } };

/** A domain's messages join the catalog (the panel adds those of each domain it is given). */
export function addMessages(m: MessageTemplates): void {
  Object.assign(templates.zh, m.zh);
  Object.assign(templates.en, m.en);
}

/** Every message code in the catalog, core and domain. */
export const messageCodes = (): MessageCode[] => Object.keys(templates.zh) as MessageCode[];

/**
 * A message in the reader's language. Templates are written as the panel's are (`%{name}`) and filled
 * by the same function, Polyglot's; a parameter that is a message or a label is read first.
 */
export function message(locale: Locale, code: MessageCode, params: Params = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, paramText(locale, v)]));
  return Polyglot.transformPhrase(templates[locale][code] ?? code, values, locale);
}

function paramText(locale: Locale, v: Params[string]): string {
  if (typeof v !== 'object') return String(v);
  if ('code' in v) return message(locale, v.code, v.params);
  if (v.fields)
    return v.fields.map((f) => fieldLabel(locale, v.resource, f)).join(locale === 'zh' ? '、' : ', ');
  if (v.action) return catalogs[locale].resources[v.resource]?.actions?.[v.action] ?? v.action;
  if (v.field && v.value !== undefined) return choiceLabel(locale, v.resource, v.field, v.value);
  return v.field ? fieldLabel(locale, v.resource, v.field) : resourceLabel(locale, v.resource);
}

/** `Accept-Language: en…` gives English; anything else, Chinese. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  return /^\s*en(\b|_)/i.test(acceptLanguage ?? '') ? 'en' : 'zh';
}

export function resourceLabel(locale: Locale, resource: string): string {
  return catalogs[locale].resources[resource]?.name ?? resource;
}

export function fieldLabel(locale: Locale, resource: string, field: string): string {
  const c = catalogs[locale];
  return c.resources[resource]?.fields[field] ?? c.common[field] ?? field;
}

export function choiceLabel(locale: Locale, resource: string, field: string, value: string): string {
  return catalogs[locale].resources[resource]?.choices?.[field]?.[value] ?? value;
}
