/**
 * Polish case endings of place names, undone: the nominatives a Polish form may come from,
 * likeliest first, for a gazetteer to confirm (`Ankarze` → `Ankara`, `Karsie` → `Kars`,
 * `Moskwę` → `Moskwa`, `Turcją` → `Turcja`, `Berlinie` → `Berlin`). No Polish dictionary is
 * shipped, so these are guesses that only a known name may accept.
 */
const ENDINGS: ReadonlyArray<readonly [ending: string, nominatives: readonly string[]]> = [
  ['kiem', ['ek']], ['cim', ['ki']], ['kim', ['ki']], ['im', ['i']], ['iej', ['a']], ['rzem', ['r']], ['rze', ['ra', 'r']], ['dze', ['ga']], ['ce', ['ka']], ['cji', ['cja']], ['ji', ['ja']],
  ['ii', ['ia']], ['ją', ['ja']], ['ję', ['ja']], ['ie', ['', 'a']], ['ą', ['a']], ['ę', ['a']], ['y', ['a']],
  ['i', ['a', '']], ['u', ['']], ['em', ['']], ['owi', ['']], ['a', ['']], ['ego', ['e', 'y', 'i']],
];

export function polishNominatives(word: string): string[] {
  const lower = word.toLowerCase();
  const found: string[] = [];
  for (const [ending, nominatives] of ENDINGS) {
    if (!lower.endsWith(ending) || lower.length < ending.length + 3) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const nominative of nominatives) found.push(stem + nominative);
  }
  return found;
}
