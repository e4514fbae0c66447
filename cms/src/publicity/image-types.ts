/**
 * The image types an upload may be, told from the file's first bytes (never from the name or the
 * declared type, which the client chooses). `file-type` would do the same, but its current major is
 * ESM-only and cannot load in the CommonJS build or under the test runner; four signatures are all
 * the rulebook accepts, so they are listed here.
 */

export interface ImageType {
  mime: string;
  /** The extension a stored file of this type gets. */
  ext: string;
  /** Every extension a file of this type may be served under. */
  exts: readonly string[];
}

const PNG: ImageType = { mime: 'image/png', ext: '.png', exts: ['.png'] };
const JPEG: ImageType = { mime: 'image/jpeg', ext: '.jpg', exts: ['.jpg', '.jpeg'] };
const WEBP: ImageType = { mime: 'image/webp', ext: '.webp', exts: ['.webp'] };
const GIF: ImageType = { mime: 'image/gif', ext: '.gif', exts: ['.gif'] };
const TYPES = [PNG, JPEG, WEBP, GIF];

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Each type's byte patterns, as [offset, bytes] pairs that must all match. */
const SIGNATURES: readonly [ImageType, [number, number[]][]][] = [
  [PNG, [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]]],
  [JPEG, [[0, [0xff, 0xd8, 0xff]]]],
  [
    WEBP,
    [
      [0, ascii('RIFF')],
      [8, ascii('WEBP')],
    ],
  ],
  [GIF, [[0, ascii('GIF87a')]]],
  [GIF, [[0, ascii('GIF89a')]]],
];

/** How many leading bytes `sniff` needs. */
export const SNIFF_BYTES = 16;

/** The image type of these leading bytes, or null when they are none of the known images. */
export function sniff(head: Uint8Array): ImageType | null {
  const matches = ([at, bytes]: [number, number[]]) => bytes.every((b, i) => head[at + i] === b);
  return SIGNATURES.find(([, parts]) => parts.every(matches))?.[0] ?? null;
}

/** The types with these MIME names (the rulebook's list). */
export function imageTypesOf(mimes: readonly string[]): ImageType[] {
  return TYPES.filter((t) => mimes.includes(t.mime));
}
