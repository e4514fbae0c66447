/** A pay table's yearly cost against the approved one (`GET /api/panel/pay-scales/:id/cost`). */
import { useQuery } from '@tanstack/react-query';
import { useLocaleState } from 'react-admin';
import type { Yearly } from '@yanzhen/config';
import { panelJson } from '../providers/panelFetch';

export type { Yearly };

export interface CostFigures {
  headcount: number;
  affected: number;
  current: Yearly;
  proposed: Yearly;
  added: Yearly;
}

export interface NamedWorker {
  id: string;
  name: string;
  community: string | null;
}

export interface Cost extends CostFigures {
  table: { id: string; year: number };
  against: { id: string; year: number };
  month: string;
  byTown: (CostFigures & { town: { id: string; name: string } | null })[];
  byPost: (CostFigures & { post: number; label: string })[];
  fallingCount: number;
  falling: NamedWorker[];
  unpricedCount: number;
  unpriced: NamedWorker[];
}

export const costPath = (id: string, file = '') => `/pay-scales/${encodeURIComponent(id)}/cost${file}`;

export function useCost(id: string | undefined) {
  const [locale] = useLocaleState();
  return useQuery({
    queryKey: ['panel', 'pay-scale-cost', id, locale],
    queryFn: () => panelJson<Cost>(costPath(String(id)), locale),
    enabled: Boolean(id),
    retry: false,
  });
}

export const yuan = (n: number) =>
  n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "张三（和平社区）、李四 …" for a list that may be longer than the names given. */
export const namesOf = (workers: NamedWorker[], count: number) =>
  workers
    .slice(0, 10)
    .map((w) => (w.community ? `${w.name}（${w.community}）` : w.name))
    .join('、') + (count > 10 ? ' …' : '');
