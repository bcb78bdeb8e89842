/**
 * The date recognizer: a temporal tagger for historical prose in Russian, English, Turkish
 * and Polish. Each passage is tokenized once (`dates/tokens.ts`), read by a token grammar
 * (`dates/grammar.ts`), and what the text leaves out — usually the year — is taken from the
 * passages before it (`dates/anchors.ts`). Values are Gregorian EDTF; Old Style, Rumi and
 * Hijri dates are converted (`dates/calendars.ts`) and keep their calendar in the value.
 */
import type { DateMention, Doc, Passage, Recognizer } from '../model.js';
import { analyses, lemmaOf, loadMorphology } from '../lang/ru/morphology.js';
import { DateContext, dayKey } from './dates/anchors.js';
import { findDates, type DateToken, type Found, type Morphology } from './dates/grammar.js';
import { tokenize } from './dates/tokens.js';
import { Vocabulary } from './dates/vocabulary.js';

let vocabulary: Vocabulary | undefined;
/** Russian morphology, once `prepare` has loaded it; without it `1921 винтовок` reads as a year. */
let morphology: Morphology | undefined;

export const dates: Recognizer = {
  name: 'dates',
  kinds: ['date'],
  async prepare() {
    await loadMorphology();
    morphology = russianMorphology;
  },
  recognize(doc: Doc): DateMention[] {
    vocabulary ??= new Vocabulary();
    const context = new DateContext();
    const mentions: DateMention[] = [];
    const passages = doc.passages.length ? doc.passages : [wholeText(doc)];
    let previousKind: Passage['kind'] | undefined;
    passages.forEach((passage, index) => {
      if (passage.kind === 'heading' && previousKind !== 'heading') context.newSection();
      if (passage.kind === 'footnote') context.enterAside();
      else context.leaveAside();
      previousKind = passage.kind;
      const tokens = tokenize(doc.text, passage.start, passage.end, vocabulary!);
      const found = findDates(tokens, doc.text, vocabulary!, morphology);
      const cited = citedDays(found, tokens);
      for (const date of found) {
        const first = tokens[date.first]!;
        const value = context.resolve(date, { passage: index, aside: first.depth > 0 || first.quoted, cited });
        if (!value) continue;
        const start = first.start;
        const end = tokens[date.last]!.end;
        mentions.push({ kind: 'date', start, end, text: doc.text.slice(start, end), value, confidence: confidenceOf(date, value.inferred) });
      }
    });
    return mentions;
  },
};

function wholeText(doc: Doc): Passage {
  return { start: 0, end: doc.text.length, kind: 'body', lang: doc.languages[0] ?? 'und', sentences: [] };
}

/**
 * The years of the full dates cited in parentheses in a passage, by month and day: a scholarly
 * text that narrates `18 августа` cites the document `(… 18.08.1921 // РГАСПИ)`.
 */
function citedDays(found: readonly Found[], tokens: readonly DateToken[]): Map<number, number> {
  const cited = new Map<number, number>();
  for (const { first, expression } of found) {
    if (tokens[first]!.depth === 0 || expression.kind !== 'point' || expression.calendar !== 'gregorian') continue;
    const { year, month, day } = expression.point;
    if (year !== undefined && month !== undefined && day !== undefined) cited.set(dayKey(month, day), year);
  }
  return cited;
}

function confidenceOf(found: Found, inferred: boolean): number {
  if (found.expression.kind === 'relative' || found.expression.kind === 'following') return 0.5;
  if (inferred) return 0.6;
  return found.bareYear ? 0.7 : 0.9;
}

const russianMorphology: Morphology = {
  lemma: lemmaOf,
  /** A known noun in the case a number governs: genitive singular after 2–4, genitive plural after the rest. */
  isCountedNoun(count, word) {
    const lastTwo = count % 100;
    const last = count % 10;
    const few = last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14);
    return analyses(word.toLowerCase()).some(
      (reading) =>
        reading.pos === 'NOUN' &&
        reading.known &&
        reading.grammemes.has('gent') &&
        reading.grammemes.has(few ? 'sing' : 'plur') &&
        !reading.grammemes.has('Name') &&
        !reading.grammemes.has('Surn') &&
        !reading.grammemes.has('Geox'),
    );
  },
};
