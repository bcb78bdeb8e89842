/**
 * The corpus the benchmarks search: the seed texts' paragraphs, varied deterministically (words
 * shuffled within sentences, sentences of two paragraphs mixed) so an index of any size is not
 * copies of the same rows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzedSource, Passage } from '../src/model.js';
import { OffsetMap } from '../src/normalize/offset-map.js';
import { seededRandom as prng } from '../src/util/random.js';

const SEEDS = fileURLToPath(new URL('../examples/seeds/texts/', import.meta.url));
const PASSAGES_PER_SOURCE = 500;

/** Searches a historian would type: names and words inflected, several words, OR, NOT, phrases, prefixes. */
export const SEARCH_QUERIES = [
  // Names, as written and inflected.
  'Энвер', 'Энвера', 'Кемаль', 'Кемалю', 'Чичерин', 'Чичерину', 'Карахан', 'Ганецкий', 'Фрунзе', 'Ленину',
  'Enver', 'Kemal', 'Chicherin', 'Frunze', 'Lenin', 'Atatürk', 'Ataturk', 'Pasha',
  // Places and things, inflected.
  'Батум', 'Батуме', 'Анкары', 'Москве', 'Карс', 'договора', 'договоре', 'телеграмма', 'оружия', 'золота',
  'Ankara', 'Moscow', 'treaties', 'letters', 'Bolsheviks', 'Greek', 'revolution',
  // Two words (AND), OR, NOT.
  'Энвер Батум', 'Кемаль Москва', 'советское правительство', 'Чичерин Карахан', 'Soviet Turkey', 'Kemal Enver',
  'Батум OR Карс', 'Enver -Kemal',
  // Phrases.
  '"Энвер-паши"', '"Великого Национального Собрания"', '"Soviet Russia"', '"foreign affairs"',
  // Prefixes.
  'догов*', 'револю*', 'Bolshev*', 'diplom*',
];

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A positive whole number given on the command line as `--name N`. */
export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number`);
  return value;
}

/** The seed texts' lines of 20 characters or more, whitespace folded. */
export function seedParagraphs(): string[] {
  return readdirSync(SEEDS)
    .sort()
    .flatMap((file) => readFileSync(path.join(SEEDS, file), 'utf8').split(/\n/))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 20);
}

function languageOf(text: string): string {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyrillic >= latin ? 'ru' : 'en';
}

/** A variation of a seed paragraph: words shuffled in most sentences, sometimes sentences of a second paragraph added. */
function varyParagraph(paragraphs: string[], random: () => number): string {
  const pick = () => paragraphs[Math.floor(random() * paragraphs.length)]!;
  const sentences = pick().split(/(?<=[.!?])\s+/);
  if (random() < 0.3) sentences.push(...pick().split(/(?<=[.!?])\s+/).slice(0, 2));
  return sentences
    .map((sentence) => (random() < 0.7 ? shuffle(sentence.split(' '), random).join(' ') : sentence))
    .join(' ');
}

/** `count` passages varied from the seed texts, deterministically, in sources of 500 passages. */
export function buildSources(count: number): { sources: AnalyzedSource[]; passages: string[] } {
  const paragraphs = seedParagraphs();
  const random = prng(1921);
  const passages = Array.from({ length: count }, () => varyParagraph(paragraphs, random));
  const sources: AnalyzedSource[] = [];
  for (let first = 0; first < count; first += PASSAGES_PER_SOURCE) {
    const group = passages.slice(first, first + PASSAGES_PER_SOURCE);
    const text = group.join('\n\n');
    let start = 0;
    const spans: Passage[] = group.map((paragraph) => {
      const passage: Passage = {
        start,
        end: start + paragraph.length,
        kind: 'body',
        lang: languageOf(paragraph),
        sentences: [{ start, end: start + paragraph.length }],
      };
      start += paragraph.length + 2;
      return passage;
    });
    sources.push({
      id: createHash('sha256').update(text).digest('hex'),
      path: `/bench/source-${sources.length}.txt`,
      title: `Source ${sources.length}`,
      format: 'txt',
      encoding: 'UTF-8',
      bytes: Buffer.byteLength(text),
      languages: ['ru', 'en'],
      text,
      passages: spans,
      map: OffsetMap.identity(text.length),
    });
  }
  return { sources, passages };
}
