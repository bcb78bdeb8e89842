/**
 * What a language tells the sentence splitter about words that end in a period.
 * Entries are lower case, without the final period; inner periods stay (`т.е`, `e.g`).
 * Initials (one capital letter and a period) are a rule of the splitter, not an entry.
 */
export interface SentenceAbbreviations {
  /** Never end a sentence: titles and words that always lead into what follows (`Mr.`, `См.`, `tzw.`, `e.g.`). */
  prefix: readonly string[];
  /** Lead into a number (`Vol. 10`, `С. 292`, `ok. 200`): no sentence end before a number, a sentence end before a capitalized word. */
  numbered: readonly string[];
  /** Can close a sentence (`1921 г.`, `и т.д.`, `etc.`): a sentence end only before one of `sentenceOpeners`. */
  terminal: readonly string[];
  /**
   * Capitalized function words (pronouns, prepositions, conjunctions, adverbs) that start sentences
   * and are never names, so after a terminal abbreviation they show a new sentence.
   */
  sentenceOpeners: readonly string[];
}
