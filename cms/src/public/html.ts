/** A small, phone-first HTML frame for the public pages: no scripts, no outside resources. */

export const escape = (s: unknown): string =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

export const date = (iso: string | null | undefined): string => (iso ? escape(iso.slice(0, 10)) : '');

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.7 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222;background:#f6f4ef}
header{background:#b71c1c;color:#fff;padding:12px 16px}header a{color:#fff;text-decoration:none;margin-right:16px;font-weight:600}
main{max-width:760px;margin:0 auto;padding:16px}h1{font-size:1.5em;line-height:1.3;margin:.4em 0}h2{font-size:1.2em}
.card{background:#fff;border-radius:8px;padding:14px 16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.card a{color:inherit;text-decoration:none}.meta{color:#595959;font-size:.85em}.tag{display:inline-block;border-radius:4px;padding:0 6px;margin-right:6px;font-size:.8em;background:#fde7e7;color:#b71c1c}
.big{background:#e8eaf6;color:#283593}.urgent{background:#b71c1c;color:#fff}img{max-width:100%;height:auto;border-radius:6px}
table{width:100%;border-collapse:collapse;background:#fff}th,td{padding:8px;border-bottom:1px solid #eee;text-align:left}td.n,th.n{text-align:right}
footer{color:#595959;font-size:.8em;text-align:center;padding:24px}.pager a{margin-right:12px}
`;

export function page(title: string, body: string, district = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head><body>
<header><a href="/public/stories">榜样故事</a><a href="/public/board">本周榜单</a><a href="/public/scores">积分公示</a><a href="/public/showcases">成果晾晒</a></header>
<main>${body}</main><footer>雁阵${district ? ` · ${escape(district)}` : ''}</footer></body></html>`;
}
