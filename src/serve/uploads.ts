/** Uploaded files are kept in a folder of the store's own, under names that cannot leave it. */
import path from 'node:path';

const MAX_NAME_CHARS = 160;
const FALLBACK_NAME = 'upload';

/**
 * The uploaded name's last segment (a browser may send a path), without control or format
 * characters, characters Windows forbids, or leading dots (no `..`, no hidden files), and
 * short enough for any file system; the extension, which tells the format, is kept.
 */
export function safeFileName(uploaded: string): string {
  const last = uploaded.split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/u, '')
    .trim();
  if (cleaned === '') return FALLBACK_NAME;
  if (cleaned.length <= MAX_NAME_CHARS) return cleaned;
  const extension = path.extname(cleaned).slice(0, 16);
  return cleaned.slice(0, MAX_NAME_CHARS - extension.length) + extension;
}

/** `name`, or `name-2.ext`, `name-3.ext`… when another file of the same upload already took it. */
export function uniqueName(name: string, taken: Set<string>): string {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The file `name` inside `folder`; refuses, as a last guard, any name that would resolve elsewhere. */
export function insideFolder(folder: string, name: string): string {
  const target = path.resolve(folder, name);
  if (path.dirname(target) !== path.resolve(folder)) throw new Error(`the file name ${JSON.stringify(name)} would leave the uploads folder`);
  return target;
}
