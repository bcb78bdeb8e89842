/**
 * Language identification accuracy on the seeds' paragraphs, against languages judged by reading
 * them (test/fixtures/segment/seed-paragraph-languages.json). Each seed is one document, so short
 * paragraphs fall back on their neighbours and the document as they do in `segment`.
 *
 *   node --import tsx bench/language.ts
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Lang, NormalizedText, Paragraph } from '../src/model.js';
import { OffsetMap } from '../src/normalize/offset-map.js';
import { segment } from '../src/segment/index.js';

interface JudgedParagraph {
  file: string;
  index: number;
  textPrefix: string;
  lang: Lang;
}

export interface LanguageAccuracy {
  total: number;
  correct: number;
  accuracy: number;
  perLanguage: Map<Lang, { total: number; correct: number }>;
  confusions: Array<{ file: string; index: number; expected: Lang; found: Lang; textPrefix: string }>;
  /** Language found for each judged paragraph, keyed `file#index`. */
  found: Map<string, Lang>;
}

const seedsDir = new URL('../examples/seeds/texts/', import.meta.url);
const judgedFile = new URL('../test/fixtures/segment/seed-paragraph-languages.json', import.meta.url);

/**
 * A seed's paragraphs as the fixture counts them: every non-blank line without markdown marks;
 * for the PDF text whose lines are wrapped (002), blocks of five lines joined with spaces.
 */
export function seedParagraphs(file: string): string[] {
  const lines = readFileSync(new URL(file, seedsDir), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (file.startsWith('002')) {
    const blocks: string[] = [];
    for (let i = 0; i < lines.length; i += 5) blocks.push(lines.slice(i, i + 5).join(' '));
    return blocks;
  }
  return lines.map((line) => line.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(/^-\s+/, '').trim()).filter(Boolean);
}

/** Paragraphs joined the way `normalize` lays them out: one line each, separated by a blank line. */
export function normalizedFromParagraphs(paragraphTexts: readonly string[]): NormalizedText {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const paragraph of paragraphTexts) {
    paragraphs.push({ start: offset, end: offset + paragraph.length, kind: 'body' });
    offset += paragraph.length + 2;
  }
  const text = paragraphTexts.join('\n\n');
  return { text, paragraphs, map: OffsetMap.identity(text.length) };
}

export function measureLanguageAccuracy(): LanguageAccuracy {
  const judged = JSON.parse(readFileSync(judgedFile, 'utf8')) as JudgedParagraph[];
  const found = new Map<string, Lang>();
  for (const file of new Set(judged.map((entry) => entry.file))) {
    const paragraphs = seedParagraphs(file);
    segment(normalizedFromParagraphs(paragraphs)).forEach((passage, index) => {
      found.set(`${file}#${index}`, passage.lang);
    });
  }
  const result: LanguageAccuracy = { total: 0, correct: 0, accuracy: 0, perLanguage: new Map(), confusions: [], found };
  for (const entry of judged) {
    const lang = found.get(`${entry.file}#${entry.index}`) ?? 'missing';
    const tally = result.perLanguage.get(entry.lang) ?? { total: 0, correct: 0 };
    tally.total++;
    result.total++;
    if (lang === entry.lang) {
      tally.correct++;
      result.correct++;
    } else {
      result.confusions.push({ file: entry.file, index: entry.index, expected: entry.lang, found: lang, textPrefix: entry.textPrefix });
    }
    result.perLanguage.set(entry.lang, tally);
  }
  result.accuracy = result.total ? result.correct / result.total : 1;
  return result;
}

function report(result: LanguageAccuracy): void {
  const percent = (correct: number, total: number) => `${((100 * correct) / total).toFixed(1)}% (${correct}/${total})`;
  console.log(`language accuracy: ${percent(result.correct, result.total)}`);
  for (const [lang, { correct, total }] of [...result.perLanguage].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${lang}: ${percent(correct, total)}`);
  }
  console.log(result.confusions.length ? 'confusions (expected → found):' : 'no confusions');
  for (const { file, index, expected, found, textPrefix } of result.confusions) {
    console.log(`  ${file} #${index}: ${expected} → ${found}  ${JSON.stringify(textPrefix)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  report(measureLanguageAccuracy());
}
