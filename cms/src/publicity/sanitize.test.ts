import { sanitizeStory } from './sanitize';

describe('sanitizeStory', () => {
  it.each([
    ['<p>她把群众的<strong>小事</strong>当作大事。</p>', '<p>她把群众的<strong>小事</strong>当作大事。</p>'],
    [
      '<h2>十年</h2><ul><li>网格员</li><li>书记</li></ul>',
      '<h2>十年</h2><ul><li>网格员</li><li>书记</li></ul>',
    ],
    [
      '<figure><img src="/uploads/photo_1.jpg" alt="义诊"><figcaption>义诊现场</figcaption></figure>',
      '<figure><img src="/uploads/photo_1.jpg" alt="义诊" /><figcaption>义诊现场</figcaption></figure>',
    ],
    ['<a href="/stories/abc">内链</a>', '<a href="/stories/abc">内链</a>'],
    [
      '<a href="https://example.org">外链</a>',
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer nofollow">外链</a>',
    ],
  ])('keeps %s', (input, output) => expect(sanitizeStory(input)).toBe(output));

  it.each([
    ['a script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['an inline event handler', '<p onclick="alert(1)">a</p>', '<p>a</p>'],
    [
      'an image error handler',
      '<img src="/uploads/x.png" onerror="alert(1)">',
      '<img src="/uploads/x.png" />',
    ],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
    ['an encoded javascript: link', '<a href="jav&#x09;ascript:alert(1)">a</a>', '<a>a</a>'],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
    ['an image from elsewhere (a tracker)', '<img src="https://tracker.example/p.gif">', ''],
    ['a protocol-relative image', '<img src="//evil.example/x.png">', ''],
    ['a foreign iframe', '<iframe src="https://evil.example"></iframe><p>a</p>', '<p>a</p>'],
    ['an object', '<object data="x.swf"></object>', ''],
    ['an embed', '<embed src="x.swf">', ''],
    ['a style attribute', '<p style="position:fixed;top:0">a</p>', '<p>a</p>'],
    ['a style element', '<style>body{display:none}</style><p>a</p>', '<p>a</p>'],
    ['a form', '<form action="https://evil.example"><input name="p"></form>', ''],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', ''],
    ['an svg with a script', '<svg><script>alert(1)</script></svg>', ''],
    ['a base tag', '<base href="https://evil.example/">', ''],
    ['a link tag', '<link rel="stylesheet" href="https://evil.example/x.css">', ''],
    ['an unclosed comment trick', '<!--<img src=x onerror=alert(1)>-->', ''],
    ['a mutation-XSS attempt', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<p></p>'],
  ])('removes %s', (_what, input, output) => expect(sanitizeStory(input)).toBe(output));
});
