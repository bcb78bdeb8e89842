/** Where a kind of document is named: `Шифрованная телеграмма`, `разговор по прямому проводу`, `letter`. */
import type { DocumentType } from '../../model.js';
import type { Language, Unit } from './units.js';

export interface KindMatch {
  type: DocumentType;
  /** Unit indexes of the phrase: its first word (a modifier such as `Шифрованная` included) and one past its noun. */
  first: number;
  next: number;
  plural: boolean;
}

/** The kind of document named by the phrase whose noun (or first word) is `units[index]`. */
export function kindAt(units: readonly Unit[], index: number, language: Language): KindMatch | undefined {
  const unit = units[index];
  if (unit?.kind !== 'word') return undefined;
  const { vocabulary } = language;
  for (const [phrase, type] of vocabulary.phrases) {
    if (phrase[0] === unit.lemma && phrase.every((word, offset) => units[index + offset]?.kind === 'word' && units[index + offset]!.lemma === word)) {
      return { type, first: index, next: index + phrase.length, plural: unit.plural };
    }
  }
  // Every word of a sentence is asked: the type first, as most words name none; then the idioms.
  // `телеграмму-приглашение`: a compound is of the kind its first part names.
  let type = vocabulary.types.get(unit.lemma) ?? (unit.lemma.includes('-') ? vocabulary.types.get(unit.lemma.split('-')[0]!) : undefined);
  if (!type || inIdiom(units, index, vocabulary.idioms)) return undefined;
  let first = index;
  const before = units[index - 1];
  if (before?.kind === 'word' && vocabulary.cipher.has(before.lemma)) {
    first = index - 1;
    if (type === 'telegram') type = 'cipher_telegram';
  }
  return { type, first, next: index + 1, plural: unit.plural };
}

/** Whether the word at `index` stands in a phrase where it names no document (`речь идет о`, `in order to`). */
function inIdiom(units: readonly Unit[], index: number, idioms: ReadonlyArray<readonly string[]>): boolean {
  const lemma = units[index]!.lemma;
  return idioms.some((idiom) => idiom.some((word, at) => word === lemma && idiom.every((other, k) => units[index - at + k]?.lemma === other)));
}
