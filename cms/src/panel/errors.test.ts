import { PanelError, toBody, validationError } from './errors';

describe('PanelError', () => {
  it('is an Error carrying its code, with no parameters, fields or details by default', () => {
    const e = new PanelError(401, 'unauthorized');
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({
      status: 401,
      code: 'unauthorized',
      message: 'unauthorized',
      params: {},
      fields: {},
      details: {},
    });
  });
});

describe('validationError', () => {
  it("is a 400 that counts and names the fields at fault, with each one's message", () => {
    const e = validationError('workers', { name: { code: 'required' }, phone: { code: 'regex' } });
    expect(e).toMatchObject({ status: 400, code: 'validation', details: { fields: ['name', 'phone'] } });
    expect(toBody(e, 'zh')).toMatchObject({
      message: '有 2 处填写有误：姓名、手机号',
      errors: { name: '必填', phone: '格式不正确' },
    });
  });
});

describe('toBody', () => {
  it.each<[number, string]>([
    [400, 'ValidationError'],
    [401, 'UnauthorizedError'],
    [403, 'ForbiddenError'],
    [404, 'NotFoundError'],
    [405, 'MethodNotAllowedError'],
    [409, 'ConflictError'],
    [413, 'PayloadTooLargeError'],
    [500, 'ApplicationError'],
    [418, 'ApplicationError'],
  ])('names a %i %s', (status, name) =>
    expect(toBody(new PanelError(status, 'internal'), 'zh').error.name).toBe(name),
  );

  it('answers in Chinese, with the message repeated at the top where react-admin shows it', () =>
    expect(
      toBody(new PanelError(404, 'not_found', { id: 'w1', resource: { resource: 'workers' } }), 'zh'),
    ).toEqual({
      error: { status: 404, name: 'NotFoundError', message: '找不到编号为 w1 的社区工作者', details: {} },
      message: '找不到编号为 w1 的社区工作者',
    }));

  it('answers in English when asked', () =>
    expect(
      toBody(new PanelError(404, 'not_found', { id: 'w1', resource: { resource: 'workers' } }), 'en').message,
    ).toBe('No Community workers with id w1'));

  it('passes details through', () =>
    expect(
      toBody(
        new PanelError(409, 'invalid_state', { state: '已张榜', action: '审核' }, {}, { state: 'listed' }),
        'zh',
      ).error,
    ).toEqual({
      status: 409,
      name: 'ConflictError',
      message: '当前状态为“已张榜”，不能审核',
      details: { state: 'listed' },
    }));

  it('has no per-field errors when no field is at fault', () =>
    expect(toBody(new PanelError(400, 'bad_sort'), 'zh')).not.toHaveProperty('errors'));

  it('gives each field at fault its own message, in the reader’s language', () => {
    const e = new PanelError(
      400,
      'validation',
      { count: 3, fields: { resource: 'workers', fields: ['name', 'postTier', 'status'] } },
      {
        name: { code: 'required' },
        postTier: { code: 'max', params: { max: 4 } },
        status: { code: 'enum', params: { choices: 'active, left' } },
      },
    );
    expect(toBody(e, 'zh')).toMatchObject({
      message: '有 3 处填写有误：姓名、岗位等级（四岗）、在岗状态',
      errors: { name: '必填', postTier: '不能大于 4', status: '应为以下之一：active, left' },
    });
    expect(toBody(e, 'en')).toMatchObject({
      message: '3 fields need attention: Name, Post tier, Status',
      errors: { name: 'Required', postTier: 'Must be at most 4', status: 'Must be one of: active, left' },
    });
  });
});
