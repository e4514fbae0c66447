import { imageTypesOf, sniff } from './image-types';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniff', () => {
  it.each([
    ['a PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['a GIF87a', bytes('GIF87a', [1, 0, 1, 0]), 'image/gif'],
    ['an HTML page', bytes('<!doctype html><script>'), null],
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg">'), null],
    ['a script', bytes('alert(localStorage.token)'), null],
    ['a RIFF that is not WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), null],
    ['a GIF of no known version', bytes('GIF88a', [1, 0]), null],
    ['a truncated PNG header', bytes([0x89], 'PNG'), null],
    ['nothing', bytes(), null],
  ])('tells %s', (_what, head, mime) => {
    expect(sniff(head)?.mime ?? null).toBe(mime);
  });

  it('stores JPEGs as .jpg and serves .jpeg too', () => {
    expect(sniff(bytes([0xff, 0xd8, 0xff, 0xdb]))).toEqual({
      mime: 'image/jpeg',
      ext: '.jpg',
      exts: ['.jpg', '.jpeg'],
    });
  });
});

describe('imageTypesOf', () => {
  it('keeps only the types named', () => {
    expect(imageTypesOf(['image/png', 'image/svg+xml']).map((t) => t.ext)).toEqual(['.png']);
  });
});
