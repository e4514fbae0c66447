/** An audit entry as a clerk reads it: 张三 修改了 社区工作者「李四」. */
import type { TranslateFunction } from 'react-admin';

export interface Sentence {
  actor: string;
  verb: string;
  /** The resource's name in the reader's language. */
  resource: string;
  /** How the record is named, when the entry is about one record (an export is about a whole list). */
  record: string | null;
}

/** Chinese quotes a name in corner brackets, English in curly quotes after a space. */
export function sentenceOf({ actor, verb, resource, record }: Sentence, locale: string): string {
  const quoted = record === null ? '' : locale.startsWith('zh') ? `「${record}」` : ` “${record}”`;
  return `${actor} ${verb} ${resource}${quoted}`;
}

/**
 * What was done: the resource's own step as its buttons name it (揭榜, 验收通过), else as the trail names
 * plain writes (新建了, 修改了, 删除了), else the action as stored.
 */
export const verbOf = (translate: TranslateFunction, resource: string, action: string): string =>
  translate(`resources.${resource}.actions.${action}`, {
    _: translate(`resources.audit-entries.actions.${action}`, { _: action }),
  });
