/**
 * A story's preview (HTML), which is not a JSON record: it carries the login token and the UI language,
 * so the server's refusals read in it.
 */
import { panelResponse } from '../providers/panelFetch';

export async function previewHtml(storyId: string, locale: string): Promise<string> {
  const res = await panelResponse(`/stories/${encodeURIComponent(storyId)}/preview`, locale, {
    headers: { Accept: 'text/html' },
  });
  return res.text();
}
