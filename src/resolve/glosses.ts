/**
 * Names a text pairs in brackets: `Юсуф Кемаль (Тенгиршенк)`, `Mustafa Kemal (Ataturk)`,
 * `… Партии" (ТНКП)`, `Turkish Grand National Assembly (henceforth Mueslis)`. The two are one
 * thing, whatever their spellings say.
 */
import type { NameRef } from './entities.js';

/** Between a name and a bracket opening on another: `Юсуф Кемаль (Тенгиршенк)`, `Assembly (henceforth Mueslis)`. */
const GLOSS_OPENING = /^\s*["»”']?\s*\(\s*(?:henceforth|hereafter|hereinafter|далее|или|or|i\.\s?e\.|т\.\s?е\.)?[\s,:–—-]*$/iu;
/** After the glossing name, the bracket closes with no figure in between: `(Мдивани - Дж.Г.)`, not `(Toynbe 1922: 121)`. */
const GLOSS_CLOSING = /^[^()\d]{0,25}\)/u;

/** Pairs of mentions (indices into `refs`) one of which glosses the other in brackets. */
export function glosses(refs: readonly NameRef[], texts: ReadonlyMap<string, string>): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < refs.length; i++) {
    const [a, b] = [refs[i]!, refs[i + 1]!];
    if (a.source !== b.source || b.mention.start < a.mention.end || b.mention.start - a.mention.end > 20) continue;
    const text = texts.get(a.source)!;
    const opening = text.slice(a.mention.end, b.mention.start);
    const closing = text.slice(b.mention.end, b.mention.end + 30);
    if (GLOSS_OPENING.test(opening) && GLOSS_CLOSING.test(closing)) pairs.push([i, i + 1]);
  }
  return pairs;
}
