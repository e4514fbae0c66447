/**
 * The public pages residents read on their phones, served by the same server: role-model stories, this
 * week's board, the published score tables, the monthly showcases. Published material only; no login, no
 * scripts.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { message } from '../panel/messages';
import { PanelError } from '../panel/errors';
import { publicBoard, publicScores, publishedQuarters } from './board';
import { date, escape, page } from './html';
import { showcaseList, showcaseMonth } from './showcase-pages';
import { sanitizeStory } from '../publicity/sanitize';
import { listStories, storyBySlug, type PublicStory } from '../publicity/stories';

const storyCard = (s: PublicStory) => `<div class="card"><a href="/public/stories/${escape(s.slug)}">
${s.cover ? `<img src="${escape(s.cover)}" alt="">` : ''}<h2>${escape(s.title)}</h2><p>${escape(s.summary)}</p>
<div class="meta">${date(s.publishedAt)} ${s.honour ? `· ${escape(s.honour)}` : ''} ${s.communities.map(escape).join('、')}</div></a></div>`;

export function storyArticle(s: Omit<PublicStory, 'publishedAt'> & { publishedAt: string | null }): string {
  return `<article><h1>${escape(s.title)}</h1><div class="meta">${date(s.publishedAt)} ${escape(s.author)}
${s.honour ? `<span class="tag">${escape(s.honour)}</span>` : ''}${s.communities.map((c) => `<span class="tag">${escape(c)}</span>`).join('')}</div>
${s.cover ? `<p><img src="${escape(s.cover)}" alt=""></p>` : ''}${sanitizeStory(s.body ?? '')}</article>`;
}

async function stories(strapi: Core.Strapi, ctx: Context) {
  const q = ctx.query as Record<string, string | undefined>;
  const {
    stories: list,
    page: n,
    pages,
  } = await listStories(strapi, { honour: q.honour, community: q.community, page: Number(q.page ?? 1) });
  const pager =
    pages > 1
      ? `<p class="pager">${n > 1 ? `<a href="?page=${n - 1}">上一页</a>` : ''}${n < pages ? `<a href="?page=${n + 1}">下一页</a>` : ''}</p>`
      : '';
  return page(
    '榜样故事',
    `<h1>榜样故事</h1><p class="meta">让身边人讲述身边事，用身边事教育身边人</p>${list.map(storyCard).join('') || '<p>暂无故事。</p>'}${pager}`,
  );
}

async function board(strapi: Core.Strapi) {
  const { board: b, tasks } = await publicBoard(strapi);
  if (!b) return page('本周榜单', '<h1>本周榜单</h1><p>本周榜单尚未张贴。</p>');
  const rows = tasks.map(
    (
      t,
    ) => `<div class="card"><span class="tag ${t.tier === 'big' ? 'big' : ''}">${escape(t.tierLabel)}</span>${t.isUrgent ? '<span class="tag urgent">急难愁盼</span>' : ''}
<strong>${escape(t.title)}</strong><div class="meta">${escape(t.community)} ${escape(t.compound)} · ${escape(t.categoryLabel)} · ${escape(t.points)} 分 · ${escape(t.statusLabel)}${t.followUp ? ` · 群众评价：${escape(t.followUp)}` : ''}</div></div>`,
  );
  return page(
    b.title,
    `<h1>${escape(b.title)}</h1><p class="meta">张榜日期 ${date(b.issueDate)} · 大榜由包联单位揭，小榜由党员揭</p>${rows.join('')}`,
  );
}

async function quarters(strapi: Core.Strapi) {
  const list = await publishedQuarters(strapi);
  const items = list.map(
    (p) =>
      `<div class="card"><a href="/public/scores/${escape(p.quarter)}">${escape(p.quarter)} 季度积分${p.status === 'final' ? '（已定稿）' : '（公示中）'}</a></div>`,
  );
  return page('积分公示', `<h1>“五亮五共”积分公示</h1>${items.join('') || '<p>暂无公示。</p>'}`);
}

async function scores(strapi: Core.Strapi, quarter: string) {
  const s = await publicScores(strapi, quarter);
  const rows = s.ranking.map(
    (r) =>
      `<tr><td class="n">${r.rank}</td><td>${escape(r.name)}</td><td>${r.kind === 'unit' ? '包联单位' : '党员'}</td><td class="n">${r.points}</td><td class="n">${r.tasksDone}</td></tr>`,
  );
  const state =
    s.status === 'final'
      ? `已于 ${date(s.finalizedAt)} 定稿`
      : `公示期至 ${date(s.objectionDeadline)}，如有异议请联系所在社区`;
  return page(
    `${s.quarter} 积分公示`,
    `<h1>${escape(s.quarter)} 季度积分公示</h1><p class="meta">${state}</p>
<table><thead><tr><th>名次</th><th>名称</th><th>类别</th><th>积分</th><th>办结</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}

export function pageRoutes(strapi: Core.Strapi) {
  const route = (path: string, render: (ctx: Context) => Promise<string>) => ({
    method: 'GET' as const,
    path: `/public${path}`,
    handler: async (ctx: Context) => {
      ctx.type = 'html';
      ctx.set('Cache-Control', 'public, max-age=60');
      try {
        ctx.body = await render(ctx);
      } catch (e) {
        if (!(e instanceof PanelError)) throw e;
        ctx.status = e.status;
        ctx.body = page('找不到', `<h1>找不到</h1><p>${escape(message('zh', e.code, e.params))}</p>`);
      }
    },
    config: { auth: false as const },
  });
  return [
    route('/stories', (ctx) => stories(strapi, ctx)),
    route('/stories/:slug', async (ctx) => {
      const s = await storyBySlug(strapi, String(ctx.params.slug));
      return page(s.title, storyArticle(s));
    }),
    route('/board', () => board(strapi)),
    route('/scores', () => quarters(strapi)),
    route('/scores/:quarter', (ctx) => scores(strapi, String(ctx.params.quarter))),
    route('/showcases', () => showcaseList(strapi)),
    route('/showcases/:month', (ctx) => showcaseMonth(strapi, String(ctx.params.month))),
  ];
}
