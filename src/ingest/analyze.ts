/**
 * One file through read → normalize → segment: everything the store needs, computed
 * without touching the store, so a failure here can never leave half a source behind.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { AnalyzedSource, NormalizedText, Passage, RawDocument } from '../model.js';
import { readDocument } from '../read/index.js';
import { ReadError } from '../read/errors.js';
import { normalize } from '../normalize/index.js';
import { documentLanguages, segment } from '../segment/index.js';
import { detached } from '../util/detached.js';

const TITLE_MAX = 160;

export async function analyzeFile(path: string): Promise<AnalyzedSource> {
  return analyzeDocument(await readDocument(path));
}

export async function analyzeDocument(raw: RawDocument): Promise<AnalyzedSource> {
  const normalized = await normalize(raw);
  if (normalized.text.trim().length === 0) {
    throw new ReadError(raw.path, 'no-text', `no text is left once markup and page furniture are removed`);
  }
  const passages = segment(normalized);
  return {
    id: sourceId(normalized.text),
    path: raw.path,
    // Outlives the text in batch summaries, so it must not be a view into it.
    title: detached(titleOf(raw, normalized, passages)),
    format: raw.format,
    encoding: raw.encoding,
    bytes: raw.bytes,
    languages: documentLanguages(passages),
    text: normalized.text,
    passages,
    map: normalized.map,
  };
}

/** A source is identified by its normalized text, so an unchanged file is recognised however it is named. */
export function sourceId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText, 'utf8').digest('hex');
}

/**
 * The file's own title, else the longest of the headings the text opens with (an article
 * often opens with its author's name, then its title), else a short first sentence, else
 * the file name.
 */
function titleOf(raw: RawDocument, normalized: NormalizedText, passages: Passage[]): string {
  if (raw.title?.trim()) return clip(raw.title.trim());
  const firstBody = passages.findIndex((p) => p.kind !== 'heading');
  const openingHeadings = passages.slice(0, Math.min(firstBody < 0 ? passages.length : firstBody, 5));
  const heading = openingHeadings.reduce<Passage | undefined>(
    (longest, p) => (!longest || p.end - p.start > longest.end - longest.start ? p : longest),
    undefined,
  );
  if (heading) return clip(normalized.text.slice(heading.start, heading.end));
  const firstSentence = passages[0]?.sentences[0];
  if (firstSentence && firstSentence.end - firstSentence.start <= 100) {
    return normalized.text.slice(firstSentence.start, firstSentence.end).replace(/[.:;,]$/, '');
  }
  return basename(raw.path, extname(raw.path));
}

function clip(text: string): string {
  return text.length <= TITLE_MAX ? text : `${text.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}
