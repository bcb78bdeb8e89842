/** English number words, multipliers, and the words that make a figure approximate. */

export const countWords: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers, singular; the plural (`thousands`, `dozens`) reads as vague when no count precedes it. */
export const scaleWords: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9],
]);

/** Abbreviated multipliers, written with or without a period. */
export const scaleAbbreviations: ReadonlyMap<string, number> = new Map([
  ['mln', 1e6], ['mn', 1e6], ['bn', 1e9], ['bln', 1e9],
]);

/** Articles that count one before a multiplier: `a thousand`. */
export const articles: readonly string[] = ['a', 'an'];

/** Right before a number, these make it approximate (`nearly 400,000`, `over 20,000`). */
export const approximations: readonly string[] = [
  'about', 'around', 'approximately', 'approx.', 'roughly', 'nearly', 'almost', 'some', 'over', 'more than',
  'less than', 'fewer than', 'under', 'up to', 'at least', 'at most', 'as many as', 'close to', 'ca.', 'circa',
  'several', 'a few', 'well over',
];

/** Nouns whose number follows them (`Article 5`, `Table 3`, `page 12`): that number is a label, not a count. */
export const numberedNouns: ReadonlySet<string> = new Set([
  'article', 'chapter', 'section', 'paragraph', 'clause', 'item', 'table', 'figure', 'fig', 'page', 'volume',
  'issue', 'file', 'folio', 'sheet', 'note', 'footnote', 'appendix', 'protocol', 'document', 'no', 'nr',
]);
