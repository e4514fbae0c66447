/** Draft and publish in the panel: it works on the draft, and shows what is published and what changed since. */
import { PanelError } from './errors';
import type { Resource } from './model';
import { parseJsonParam, type Where } from './query';
import type { PanelRecord, Row } from './serialize';

type Query = (uid: string) => { findMany(params: Record<string, unknown>): Promise<unknown> };

export function createPublication(query: Query) {
  /** Draft-and-publish types keep a draft row per document: the panel works on it. */
  const versionWhere = (r: Resource): Where | null =>
    r.draftAndPublish ? { publishedAt: { $null: true } } : null;

  /**
   * Draft-and-publish records carry their publication: when the published version went out, and whether
   * the draft has changed since (`publicationState`: draft, published or modified).
   */
  async function withPublication(r: Resource, records: PanelRecord[]): Promise<PanelRecord[]> {
    if (!r.draftAndPublish || records.length === 0) return records;
    const published = (await query(r.uid).findMany({
      where: { documentId: { $in: records.map((x) => x.id) }, publishedAt: { $notNull: true } },
      select: ['documentId', 'publishedAt', 'updatedAt'],
    })) as Row[];
    const by = new Map(published.map((p) => [String(p.documentId), p]));
    const time = (v: unknown) => new Date(v as string).getTime();
    return records.map((x) => {
      const p = by.get(x.id);
      const state = !p ? 'draft' : time(x.updatedAt) > time(p.updatedAt) ? 'modified' : 'published';
      return {
        ...x,
        publishedAt: p ? new Date(p.publishedAt as string).toISOString() : null,
        publicationState: state,
      };
    });
  }

  /**
   * `publicationState` in a draft-and-publish list's filter: `draft` for never-published documents (the
   * publicity desk's queue), `published` for the others.
   */
  async function publicationFilter(r: Resource, params: Record<string, unknown>) {
    if (!r.draftAndPublish) return { params, where: null };
    const filter = parseJsonParam('filter', params.filter);
    if (!filter || typeof filter !== 'object' || !('publicationState' in filter))
      return { params, where: null };
    const { publicationState, ...others } = filter as Record<string, unknown>;
    if (publicationState !== 'draft' && publicationState !== 'published') {
      throw new PanelError(400, 'bad_filter_value', {
        field: 'publicationState',
        reason: { code: 'enum', params: { choices: 'draft, published' } },
      });
    }
    const out = (await query(r.uid).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['documentId'],
    })) as Row[];
    const ids = out.map((x) => String(x.documentId));
    return {
      params: { ...params, filter: JSON.stringify(others) },
      where: { documentId: publicationState === 'draft' ? { $notIn: ids } : { $in: ids } },
    };
  }

  return { versionWhere, withPublication, publicationFilter };
}
