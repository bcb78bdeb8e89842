/** AnalyzedSource objects for store and search tests, built directly (no reader, normalizer or segmenter involved). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalyzedSource, Lang, Passage } from '../../src/model.js';
import { OffsetMap } from '../../src/normalize/offset-map.js';

const SEEDS = new URL('../../examples/seeds/texts/', import.meta.url);

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A source whose passages are `paragraphs` joined by blank lines; sentences split after . ! ? */
export function sourceOf(path: string, paragraphs: string[], lang: Lang | Lang[] = 'ru'): AnalyzedSource {
  const text = paragraphs.join('\n\n');
  let start = 0;
  const passages = paragraphs.map((paragraph, k): Passage => {
    const sentences = [];
    const pattern = /[^.!?]+[.!?]*\s*/g;
    for (let m = pattern.exec(paragraph); m !== null; m = pattern.exec(paragraph)) {
      const trimmed = m[0].trimEnd();
      if (trimmed.length > 0) sentences.push({ start: start + m.index, end: start + m.index + trimmed.length });
    }
    const passage: Passage = {
      start,
      end: start + paragraph.length,
      kind: 'body',
      lang: Array.isArray(lang) ? lang[k]! : lang,
      sentences,
    };
    start += paragraph.length + 2;
    return passage;
  });
  const languages = [...new Set(passages.map((passage) => passage.lang))];
  return {
    id: sha256(text),
    path,
    title: path.split('/').pop()!,
    format: 'txt',
    encoding: 'UTF-8',
    bytes: Buffer.byteLength(text),
    languages,
    text,
    passages,
    map: OffsetMap.identity(text.length),
  };
}

/** The paragraphs of a seed text (blank-line separated, whitespace collapsed). */
export function seedParagraphs(prefix: string): string[] {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed text starts with ${prefix}`);
  return readFileSync(fileURLToPath(new URL(file, SEEDS)), 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The seed texts as sources: Russian 000–002, English 003–004. */
export function seedSources(): AnalyzedSource[] {
  return ['000', '001', '002', '003', '004'].map((prefix) =>
    sourceOf(`/seeds/${prefix}.txt`, seedParagraphs(prefix), Number(prefix) <= 2 ? 'ru' : 'en'),
  );
}
