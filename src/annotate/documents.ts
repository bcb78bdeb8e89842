/**
 * The `documents` recognizer: references to letters, telegrams, notes, treaties… in Russian
 * and English passages, each with its kind, date, senders and recipients (spans of the name
 * and date mentions the earlier recognizers found) and, for citations, where it is held.
 *
 * Three readers (`documents/`): citation formulas (`… // archive`, or a bracket that opens
 * with a kind of document), treaties named by place or date, and documents named in running
 * text. A passage is looked at closely only where `//` or a word that may name a kind occurs.
 */
import type { DocumentMention, DocumentParty, DocumentValue, Mention, Passage, Recognizer } from '../model.js';
import { loadMorphology } from '../lang/ru/morphology.js';
import { readFormula, type Formula } from './documents/formula.js';
import { kindAt } from './documents/kinds.js';
import { readNarrative } from './documents/narrative.js';
import { readTreaty } from './documents/treaties.js';
import { LANGUAGES, mayNameKind, unitsOf, type Language } from './documents/units.js';
import { tokenize, type Token } from './names/tokens.js';
import { spansWithin } from '../util/spans.js';

/** The bracket around `offset` within the passage, or undefined: `(` … `)` at depth zero from it. */
function enclosingBracket(text: string, passage: Passage, offset: number): { start: number; end: number } | undefined {
  let depth = 0;
  let open = -1;
  for (let i = offset - 1; i >= passage.start; i--) {
    const ch = text[i];
    if (ch === ')') depth += 1;
    else if (ch === '(') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth -= 1;
    }
  }
  if (open < 0) return undefined;
  depth = 0;
  for (let i = open + 1; i < passage.end; i++) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      if (depth === 0) return { start: open + 1, end: i };
      depth -= 1;
    }
  }
  return { start: open + 1, end: passage.end };
}

function sentenceAround(passage: Passage, offset: number): { start: number; end: number } {
  const sentence = passage.sentences.find((each) => each.start <= offset && offset < each.end);
  return sentence ?? { start: passage.start, end: passage.end };
}

/** Formulas of a passage: each `//` with its bracket (or sentence), and brackets opening with a kind. */
function formulasOf(text: string, passage: Passage, kindWords: ReadonlyArray<{ start: number }>): Formula[] {
  const formulas: Formula[] = [];
  for (let at = text.indexOf('//', passage.start); at >= 0 && at < passage.end; at = text.indexOf('//', at + 2)) {
    // `http://`: an address, not a citation.
    if (text[at - 1] === ':') continue;
    const bounds = enclosingBracket(text, passage, at) ?? { start: sentenceAround(passage, at).start, end: passage.end };
    if (formulas.some((formula) => formula.start === bounds.start)) continue;
    formulas.push({ ...bounds, divider: at });
  }
  for (const word of kindWords) {
    const bracket = enclosingBracket(text, passage, word.start);
    if (!bracket || formulas.some((formula) => formula.start <= word.start && word.start < formula.end)) continue;
    // Only when the kind opens the bracket: `(Письмо Г.Чичерина И.Сталину. 14.09.1921)`.
    const lead = text.slice(bracket.start, word.start);
    if (/^[\s\p{P}]*(?:\p{L}+[.:]?\s*){0,2}$/u.test(lead)) formulas.push(bracket);
  }
  return formulas.sort((a, b) => a.start - b.start);
}

function mention(text: string, start: number, end: number, value: DocumentValue, confidence: number): DocumentMention {
  return { kind: 'document', start, end, text: text.slice(start, end), value, confidence };
}

function recognizePassage(
  text: string,
  passage: Passage,
  tokens: readonly Token[],
  inPassage: readonly Mention[],
  kindWords: readonly Token[],
  language: Language,
): DocumentMention[] {
  const found: DocumentMention[] = [];
  const formulas = formulasOf(text, passage, kindWords);
  for (const formula of formulas) {
    const value = readFormula(text, formula, inPassage, language);
    if (value) found.push(mention(text, formula.start, formula.end, value, 0.9));
  }
  const inFormula = (offset: number) => formulas.some((formula) => formula.start <= offset && offset < formula.end);
  const sentences = new Map<number, { start: number; end: number }>();
  for (const word of kindWords) {
    if (inFormula(word.start)) continue;
    const sentence = sentenceAround(passage, word.start);
    sentences.set(sentence.start, sentence);
  }
  for (const sentence of sentences.values()) {
    const units = unitsOf(text, sentence.start, sentence.end, inPassage, language, { start: passage.start, end: passage.end, tokens });
    units.forEach((unit, index) => {
      if (unit.kind !== 'word' || inFormula(unit.start)) return;
      const kind = kindAt(units, index, language);
      // Protocols and meetings are documents only where a formula cites them; in running text they are events.
      if (!kind || language.vocabulary.citedOnly.has(units[kind.first]!.lemma) || language.vocabulary.citedOnly.has(units[kind.next - 1]!.lemma)) return;
      const read = kind.type === 'treaty' ? readTreaty(units, kind, language) : readNarrative(text, units, kind, language);
      if (read) found.push(mention(text, read.first, read.last, read.value, kind.type === 'treaty' ? 0.8 : 0.6));
    });
  }
  return found;
}

/** A heading this short, and the lines after it this short, may head a reproduced document. */
const HEADING_LENGTH = 300;
const HEADING_LINE = 80;
/** Lines of a heading after its first (`M.V. Frunze.`, `December 26, 1921`). */
const HEADING_LINES = 2;
/** How far after its heading a reproduced document's signature may come, in paragraphs. */
const SIGNATURE_REACH = 80;

/**
 * A passage that opens with a kind of document and is short — with the short lines after it —
 * heads a document the source reproduces; the document's signature (a line that is only a
 * person's name, `[Chicherin]`) names the sender the heading gives only by role.
 */
function readHeading(text: string, passages: readonly Passage[], index: number, mentions: readonly Mention[], language: Language): DocumentMention | undefined {
  const passage = passages[index]!;
  if (passage.end - passage.start > HEADING_LENGTH || text.slice(passage.start, passage.end).includes('//')) return undefined;
  let end = passage.end;
  for (let next = index + 1; next <= index + HEADING_LINES && next < passages.length; next++) {
    const line = passages[next]!;
    if (line.end - line.start > HEADING_LINE) break;
    end = line.end;
  }
  // A heading opens with the kind (`Letter from …`, `Шифрованная телеграмма …`) and names a document; a sentence
  // with a verb tells of one (`Копия телеграммы была отправлена …`, `Karakhan's memorandum … put the question`).
  const units = unitsOf(text, passage.start, passage.end, mentions, language);
  const opening = units.findIndex((unit) => unit.kind === 'word' || unit.kind === 'name');
  const { vocabulary } = language;
  const opensWithKind = opening >= 0 && (kindAt(units, opening, language) !== undefined || vocabulary.cipher.has(units[opening]!.lemma));
  if (!opensWithKind || units.some((unit) => unit.verb)) return undefined;
  const value = readFormula(text, { start: passage.start, end }, mentions, language);
  if (!value || value.title !== undefined || value.type === 'treaty' || (!value.date && value.recipients.length === 0)) return undefined;
  if (value.senders.every((sender) => sender.roleOnly)) {
    const signature = signatureAfter(text, passages, end, mentions);
    if (signature) value.senders = [{ ...signature, ...(value.senders[0] ? { role: value.senders[0].text } : {}) }];
  }
  return mention(text, passage.start, end, { ...value, form: 'heading' }, 0.8);
}

function signatureAfter(text: string, passages: readonly Passage[], headingEnd: number, mentions: readonly Mention[]): DocumentParty | undefined {
  const first = passages.findIndex((passage) => passage.start >= headingEnd);
  for (let next = first; next >= 0 && next < passages.length && next < first + SIGNATURE_REACH; next++) {
    const line = passages[next]!;
    if (line.end - line.start > HEADING_LINE) continue;
    const person = mentions.find((each) => each.kind === 'person' && each.start >= line.start && each.end <= line.end);
    if (person && text.slice(line.start, line.end).replace(/[\s[\]().,]/g, '') === person.text.replace(/[\s.,]/g, '')) {
      return { start: person.start, end: person.end, text: person.text };
    }
  }
  return undefined;
}

export const documents: Recognizer = {
  name: 'documents',
  kinds: ['document'],
  async prepare() {
    await loadMorphology();
  },
  recognize(doc) {
    const found: DocumentMention[] = [];
    let headingEnd = -1;
    doc.passages.forEach((passage, index) => {
      const language = LANGUAGES.get(passage.lang);
      if (!language || passage.start < headingEnd) return;
      // Most passages name no kind of document and cite nothing: they are passed over before any morphology.
      const tokens = tokenize(doc.text, passage.start, passage.end, passage.sentences);
      const kindWords = tokens.filter((token) => token.kind === 'word' && mayNameKind(token.text, language));
      if (kindWords.length === 0 && !doc.text.slice(passage.start, passage.end).includes('//')) return;
      const heading = kindWords.length ? readHeading(doc.text, doc.passages, index, doc.mentions, language) : undefined;
      if (heading) {
        found.push(heading);
        headingEnd = heading.end;
        return;
      }
      found.push(...recognizePassage(doc.text, passage, tokens, spansWithin(doc.mentions, passage.start, passage.end), kindWords, language));
    });
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
