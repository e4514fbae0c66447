import {
  choiceLabel,
  fieldLabel,
  localeOf,
  message,
  resourceLabel,
  messageCodes,
  type Locale,
  type MessageCode,
  type Params,
} from './messages';

const codes = messageCodes();

describe('localeOf', () => {
  it.each<[string | undefined, Locale]>([
    [undefined, 'zh'],
    ['', 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr-FR', 'zh'],
    ['*', 'zh'],
    ['english', 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['EN-gb', 'en'],
    [' en;q=0.5', 'en'],
  ])('Accept-Language %p gives %p', (header, locale) => expect(localeOf(header)).toBe(locale));
});

describe('message', () => {
  it.each<[MessageCode, Params, string, string]>([
    ['required', {}, '必填', 'Required'],
    ['min', { min: 1 }, '不能小于 1', 'Must be at least 1'],
    ['max_length', { max: 20 }, '最多 20 个字符', 'Must be at most 20 characters'],
    [
      'bad_json_param',
      { param: 'filter' },
      '参数 filter 不是有效的 JSON',
      'Parameter filter is not valid JSON',
    ],
    [
      'bad_filter_value',
      { field: 'status', reason: { code: 'enum', params: { choices: 'active, left' } } },
      '筛选条件“status”的值无效：应为以下之一：active, left',
      'Invalid value for filter "status": Must be one of: active, left',
    ],
    [
      'unknown_sort_field',
      { field: 'salary', resource: { resource: 'workers' } },
      '不能按“salary”排序：社区工作者没有这个字段',
      'Cannot sort by "salary": Community workers has no such field',
    ],
    [
      'conflict_unique',
      { field: { resource: 'workers', field: 'idNumber' }, value: '110101199003071234' },
      '身份证号“110101199003071234”已被其他记录使用',
      'ID number "110101199003071234" is already used by another record',
    ],
    [
      'validation',
      { count: 2, fields: { resource: 'workers', fields: ['name', 'postTier'] } },
      '有 2 处填写有误：姓名、岗位等级（四岗）',
      '2 fields need attention: Name, Post tier',
    ],
    [
      'forbidden',
      { action: { code: 'action_delete' }, resource: { resource: 'workers' } },
      '您没有删除社区工作者的权限',
      'You may not delete Community workers',
    ],
    [
      'private_field',
      { field: { resource: 'workers', field: 'phone' } },
      '不能按“手机号”筛选或排序：该字段含个人信息',
      'Cannot filter or sort by "Mobile": it holds personal data',
    ],
  ])('%s reads in both languages', (code, params, zh, en) => {
    expect(message('zh', code, params)).toBe(zh);
    expect(message('en', code, params)).toBe(en);
  });

  it('names an unknown resource by its identifier', () =>
    expect(message('zh', 'not_found', { resource: { resource: 'widgets' }, id: 'x1' })).toBe(
      '找不到编号为 x1 的widgets',
    ));

  it('leaves a missing parameter visible rather than inventing one', () =>
    expect(message('zh', 'min')).toBe('不能小于 %{min}'));

  it('does not read a placeholder inside a parameter as another parameter', () =>
    expect(message('en', 'unique', { value: '%{min} {min} $& $1', min: 3 })).toBe(
      '"%{min} {min} $& $1" is already used by another record',
    ));

  it('finds every code in the source', () =>
    expect(codes).toEqual(expect.arrayContaining(['required', 'internal', 'single_exists'])));

  it.each(codes)('%s has a text in both languages with the same parameters', (code) => {
    const placeholders = (locale: Locale) =>
      [...message(locale, code).matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(message('zh', code)).not.toBe('');
    expect(message('en', code)).not.toBe('');
    expect(message('zh', code)).not.toBe(message('en', code));
    expect(placeholders('en')).toEqual(placeholders('zh'));
  });

  // The panel's Polyglot syntax on both sides: a bare `{name}` would be sent as it stands.
  it.each(codes)('%s writes its placeholders as %%{name}', (code) => {
    for (const locale of ['zh', 'en'] as const)
      expect(message(locale, code).replace(/%\{\w+\}/g, '')).not.toMatch(/[{}]/);
  });
});

describe('labels', () => {
  it.each<[Locale, string]>([
    ['zh', '社区工作者'],
    ['en', 'Community workers'],
  ])('names a resource in %s', (locale, label) => expect(resourceLabel(locale, 'workers')).toBe(label));

  it.each<[Locale, string, string]>([
    ['zh', 'idNumber', '身份证号'],
    ['en', 'idNumber', 'ID number'],
    ['zh', 'createdAt', '创建时间'],
    ['en', 'updatedAt', 'Updated'],
    ['zh', 'nickname', 'nickname'],
  ])('names a field in %s: %s is %p', (locale, field, label) =>
    expect(fieldLabel(locale, 'workers', field)).toBe(label),
  );

  it.each<[Locale, string, string]>([
    ['zh', 'active', '在岗'],
    ['en', 'seconded', 'Seconded'],
    ['zh', 'retired', 'retired'],
  ])('names a choice in %s: %s is %p', (locale, value, label) =>
    expect(choiceLabel(locale, 'workers', 'status', value)).toBe(label),
  );

  it('falls back to identifiers for an unknown resource', () => {
    expect(resourceLabel('zh', 'widgets')).toBe('widgets');
    expect(fieldLabel('en', 'widgets', 'colour')).toBe('colour');
    expect(choiceLabel('en', 'widgets', 'colour', 'red')).toBe('red');
  });
});
