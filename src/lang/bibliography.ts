/**
 * What a language tells the citation recognizer: the headings of a bibliography, the words
 * of a reference (pages, volume, issue, editors, "ibid."), publication places and publisher
 * words. Words are lower case without their final period. A bibliography mixes languages
 * (a Turkish book in an English article's list), so the recognizer reads every reference
 * with the words of all languages together (`bibliographyWords`).
 */
import { bibliography as english } from './en/bibliography.js';
import { bibliography as polish } from './pl/bibliography.js';
import { bibliography as russian } from './ru/bibliography.js';
import { bibliography as turkish } from './tr/bibliography.js';

export interface BibliographyVocabulary {
  /** Headings of a list of works (`bibliography`, `список литературы`, `kaynakça`), lower case, spaces single. */
  headings: readonly string[];
  /** Abbreviations of pages (`p`, `pp`, `с`, `s`). */
  pages: readonly string[];
  /** Abbreviations of a volume or part (`vol`, `т`, `cilt`). */
  volume: readonly string[];
  /** Abbreviations of an issue (`no`, `№`, `sayı`). */
  issue: readonly string[];
  /** Words after a page count (`576 с.`, `320 pp.`): the size of a book, not the pages cited. */
  extent: readonly string[];
  /** Words that lead editors or translators (`ed`, `eds`, `под ред`): not the title. */
  editors: readonly string[];
  /** Phrases standing for the work cited just before (`ibid`, `там же`). */
  ibid: readonly string[];
  /** Phrases after an author standing for that author's work cited before (`op. cit`, `указ. соч`, `a.g.e`). */
  opCit: readonly string[];
  /** Words in place of the year of an undated work (`n.d.`, `online`, `б.г.`). */
  noDate: readonly string[];
  /** Phrases for "and others" after authors (`et al`, `и др`). */
  etAl: readonly string[];
  /** Words joining two authors (`and`, `и`, `ve`). */
  and: readonly string[];
  /** Words before a citation that point to it (`see`, `cf`, `см`). */
  lead: readonly string[];
  /** Words before the address of an online work (`available from`, `url`, `режим доступа`). */
  urlLeads: readonly string[];
  /** Marks of the journal or book a part appeared in (`in`, `в кн`), before their colon. */
  container: readonly string[];
  /** Towns of publication as bibliographies write them, abbreviations included (`м`, `спб`, `london`). */
  places: readonly string[];
  /** Words that make a phrase a publisher (`press`, `yayınları`, `издательство`). */
  publisherWords: readonly string[];
}

const LANGUAGES: readonly BibliographyVocabulary[] = [english, russian, turkish, polish];

/** Every language's words in one set per field. */
export const bibliographyWords: { readonly [K in keyof BibliographyVocabulary]: ReadonlySet<string> } = Object.fromEntries(
  (Object.keys(english) as Array<keyof BibliographyVocabulary>).map((field) => [field, new Set(LANGUAGES.flatMap((language) => language[field]))]),
) as unknown as { [K in keyof BibliographyVocabulary]: ReadonlySet<string> };
