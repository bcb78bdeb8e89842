/**
 * What a language tells the claim resolver: the words that say a figure is a whole (`всего`,
 * `in total`) or one part of it (`последний взнос`, `the first installment`), and the nouns for
 * money of no named currency. Words are lower case and matched by their beginning, so that one
 * entry covers a Russian word in every case (`взнос` → `взноса`, `взносом`) and an English
 * singular its plural.
 */
export interface ClaimVocabulary {
  /** Words and two-word phrases that make every figure of their sentence a total: `всего`, `в общей сложности`, `altogether`. */
  total: ReadonlySet<string>;
  /** Beginnings of nouns naming one part of a sum or a delivery: `взнос`, `installment`. */
  parts: readonly string[];
  /** Endings of those nouns that mean "in parts" (`взносами`, `installments`): the figure is then the whole. */
  inParts: readonly string[];
  /** Beginnings of ordinal words that say which part, with the part's English name: `последн` → `last`. */
  ordinals: ReadonlyArray<readonly [string, string]>;
  /** Words right before a figure that make it one more part (`ещё 33 тыс.`, `a further 33,000`). */
  additional: ReadonlySet<string>;
  /** Words after a part noun that may introduce the whole it is part of (`the last installment of the 10 million`). */
  wholeOf: ReadonlySet<string>;
  /** Articles that, between such a word and a figure, make the figure one named before: the whole. */
  definite: ReadonlySet<string>;
  /** Items (as the quantity recognizer names them) that are money in no named currency: `деньги`, `money`. */
  money: ReadonlySet<string>;
  /** Words of five letters or more too common to say what a sentence is about (`которые`, `between`). */
  common: readonly string[];
}
