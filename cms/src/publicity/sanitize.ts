/**
 * The HTML a story may carry: text structure, links and the district's own images. No scripts, no
 * event handlers, no styles that could hide or overlay content, no frames from elsewhere.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'figure',
    'figcaption',
    'hr',
    'span',
    'sub',
    'sup',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Images only from this server's uploads: a story cannot pull in (or track readers through) others' content.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^\/uploads\/[\w./-]+$/.test(frame.attribs.src ?? ''),
  transformTags: {
    a: (tag, attribs) => ({
      tagName: tag,
      attribs: {
        ...attribs,
        ...(/^https?:/i.test(attribs.href ?? '') && {
          target: '_blank',
          rel: 'noopener noreferrer nofollow',
        }),
      },
    }),
  },
};

export function sanitizeStory(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
