import { createI18nProvider } from '../i18n/i18nProvider';
import { sentenceOf, verbOf } from './sentence';

describe('an audit entry as a sentence', () => {
  it.each([
    ['zh-CN', '李四', '张三 修改了 社区工作者「李四」'],
    ['en', 'Li Si', 'Zhang updated Community worker “Li Si”'],
    ['zh-CN', null, '张三 修改了 社区工作者'],
  ])('in %s, naming %s', (locale, record, text) => {
    const verb = locale === 'en' ? 'updated' : '修改了';
    const actor = locale === 'en' ? 'Zhang' : '张三';
    const resource = locale === 'en' ? 'Community worker' : '社区工作者';
    expect(sentenceOf({ actor, verb, resource, record }, locale)).toBe(text);
  });

  it.each([
    ['tasks', 'claim', '揭榜'],
    ['tasks', 'approve', '验收通过'],
    ['commendations', 'confirm', '确认表彰'],
    ['workers', 'create', '新建了'],
    ['workers', 'update', '修改了'],
    ['grids', 'delete', '删除了'],
    ['workers', 'export', '导出了'],
    ['workers', 'secondment-start', '开始挂职'],
    ['gadgets', 'polish', 'polish'],
  ])('names %s %s as %s: the step as its button says, else the plain write', (resource, action, verb) => {
    const { translate } = createI18nProvider();
    expect(verbOf(translate, resource, action)).toBe(verb);
  });
});
