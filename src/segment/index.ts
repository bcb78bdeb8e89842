/**
 * The segment stage: one passage per normalized paragraph, with its language and sentences.
 */
import type { Lang, NormalizedText, Passage } from '../model.js';
import { abbreviations as en } from '../lang/en/abbreviations.js';
import { abbreviations as pl } from '../lang/pl/abbreviations.js';
import { abbreviations as ru } from '../lang/ru/abbreviations.js';
import { abbreviations as tr } from '../lang/tr/abbreviations.js';
import { mergeAbbreviations } from './abbreviation-table.js';
import { mostCharacters, paragraphLanguages } from './language.js';
import { splitSentences } from './sentences.js';

const abbreviationTable = mergeAbbreviations([ru, en, tr, pl]);

export function segment(normalized: NormalizedText): Passage[] {
  const { text, paragraphs } = normalized;
  const languages = paragraphLanguages(paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end)));
  return paragraphs.map((paragraph, index) => {
    const lang = languages[index] ?? 'und';
    return {
      start: paragraph.start,
      end: paragraph.end,
      kind: paragraph.kind,
      lang,
      sentences: splitSentences(text, paragraph.start, paragraph.end, lang, abbreviationTable),
    };
  });
}

/** The languages of a document's passages, most characters first; 'und' only when nothing else is known. */
export function documentLanguages(passages: readonly Passage[]): Lang[] {
  const totals = new Map<Lang, number>();
  for (const passage of passages) {
    totals.set(passage.lang, (totals.get(passage.lang) ?? 0) + passage.end - passage.start);
  }
  const known = mostCharacters(totals).filter((lang) => lang !== 'und');
  return known.length || !totals.size ? known : ['und'];
}
