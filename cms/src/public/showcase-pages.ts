/** The monthly showcases as residents read them on a phone: the months, and one month's results. */
import type { Core } from '@strapi/strapi';
import { escape, page } from './html';
import { publicShowcase, publishedShowcases, type PublicShowcase } from './showcases';
import type { Figures } from './summary';

const tally = (f: Figures) =>
  `办结任务 ${f.total} 件 · 大榜 ${f.big} 件 · 小榜 ${f.small} 件${f.urgent ? ` · 急难愁盼 ${f.urgent} 件` : ''}`;

export async function showcaseList(strapi: Core.Strapi): Promise<string> {
  const items = (await publishedShowcases(strapi)).map(
    (s) =>
      `<div class="card"><a href="/public/showcases/${escape(s.month)}"><h2>${escape(s.title)}</h2><div class="meta">${tally(s)}</div></a></div>`,
  );
  return page('成果晾晒', `<h1>“揭榜领单”成果晾晒</h1>${items.join('') || '<p>暂无晾晒。</p>'}`);
}

const counts = (s: PublicShowcase) =>
  s.byCategory.length
    ? `<table><thead><tr><th>类别</th><th class="n">办结件数</th></tr></thead><tbody>${s.byCategory
        .map((c) => `<tr><td>${escape(c.category)}</td><td class="n">${c.count}</td></tr>`)
        .join('')}</tbody><tfoot><tr><th>合计</th><th class="n">${s.total}</th></tr></tfoot></table>`
    : '<p>本月暂无办结任务。</p>';

const task = (t: PublicShowcase['tasks'][number]) =>
  `<div class="card"><strong>${escape(t.title)}</strong><div class="meta">${[t.community, t.category].filter(Boolean).map(escape).join(' · ')} · ${t.points} 分${t.followUp ? ` · 群众评价：${escape(t.followUp)}` : ''}</div></div>`;

const photos = (s: PublicShowcase) =>
  s.tasks.flatMap((t) =>
    t.photos.map(
      (url) =>
        `<figure class="card"><img src="${escape(url)}" alt="${escape(t.title)}" loading="lazy"><figcaption class="meta">${escape(t.title)}</figcaption></figure>`,
    ),
  );

export async function showcaseMonth(strapi: Core.Strapi, month: string): Promise<string> {
  const s = await publicShowcase(strapi, month);
  const gallery = photos(s);
  return page(
    s.title,
    `<h1>${escape(s.title)}</h1><p class="meta">${tally(s)}</p><h2>分类统计</h2>${counts(s)}
<h2>办结任务</h2>${s.tasks.map(task).join('') || '<p>暂无。</p>'}${gallery.length ? `<h2>现场照片</h2>${gallery.join('')}` : ''}
<p><a href="/public/showcases">← 全部月份</a></p>`,
  );
}
