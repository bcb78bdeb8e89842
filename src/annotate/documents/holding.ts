/**
 * Where a cited document is held, read from the part of a citation after `//`: an archive
 * (`Коллекция документов РГАСПИ`, `National Archives and Records Administration USA, CIA-RDP 83,
 * P. 97`) with its file reference (`Ф. 5. Оп. 1. Д. 2137. Л. 3`), or a published collection with
 * volume, year and pages (`Документы внешней политики СССР. Т. IV, М., 1960, С.176-177`).
 */
import type { DocumentHolding, NameMention } from '../../model.js';
import type { DocumentVocabulary } from '../../lang/documents.js';
import { isName, type Unit } from './units.js';

const NUMBER = String.raw`[\dIVXLC]+[а-яa-z]?(?:\s*[-–]\s*\d+)?`;

function abbreviationPattern(words: ReadonlySet<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

const patterns = new WeakMap<DocumentVocabulary, { reference: RegExp; volume: RegExp; pages: RegExp }>();

function patternsOf(vocabulary: DocumentVocabulary) {
  let known = patterns.get(vocabulary);
  if (!known) {
    const part = String.raw`(?<![\p{L}])(?:${abbreviationPattern(vocabulary.referenceParts)})\.\s*${NUMBER}`;
    known = {
      // Two or more numbered parts (`Ф. 5. Оп. 1. Д. 2137`), or a record code with its number (`CIA-RDP 83, P. 97`).
      reference: new RegExp(String.raw`${part}(?:[.,]?\s*${part})+|\b[A-Z]{2,}(?:[-/][A-Z]+)+\s*\d+(?:,\s*[A-Za-z]{1,2}\.\s*\d+)?`, 'iu'),
      volume: new RegExp(String.raw`(?<![\p{L}])(?:${abbreviationPattern(vocabulary.volume)})\.\s*(${NUMBER})`, 'iu'),
      pages: new RegExp(String.raw`(?<![\p{L}])(?:${abbreviationPattern(vocabulary.pages)})\.\s*(\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*)`, 'iu'),
    };
    patterns.set(vocabulary, known);
  }
  return known;
}

/** The holding of `text[start, end)`; `units` are its units, for the archive's name mention. */
export function readHolding(text: string, start: number, end: number, units: readonly Unit[], vocabulary: DocumentVocabulary): DocumentHolding | undefined {
  // What follows a date in a formula without `//` begins with its separator (`, RGASPI, f. 558`).
  const written = text.slice(start, end).replace(/^[\s,.;:]+/, '').trim();
  if (!written) return undefined;
  const holding: DocumentHolding = { text: written };
  const { reference, volume, pages } = patternsOf(vocabulary);
  const archive = units.find((unit) => isName(unit, 'org'));
  const announced = units.some((unit) => unit.kind === 'word' && vocabulary.archiveWords.has(unit.lemma));
  const referenceMatch = reference.exec(written);
  if (referenceMatch) holding.reference = referenceMatch[0].trim();
  if (archive && ((archive.mention as NameMention).kind === 'org')) {
    holding.archive = { start: archive.start, end: archive.end, text: archive.text };
    return holding;
  }
  if (announced) return holding;
  // A published collection: its title runs to the first period or comma before volume, place or year.
  const title = /^[^.,]+/.exec(written)?.[0].trim();
  if (title) holding.collection = title;
  const volumeMatch = volume.exec(written);
  if (volumeMatch) holding.volume = volumeMatch[1]!.replace(/\s+/g, '');
  const pagesMatch = pages.exec(written);
  if (pagesMatch) holding.pages = pagesMatch[1]!.replace(/\s+/g, '');
  const year = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/.exec(written);
  if (year) holding.year = Number(year[1]);
  return holding;
}
