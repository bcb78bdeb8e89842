/**
 * One text, one reading of each name: a name the tagger found in one place decides how the
 * same words are read elsewhere in the text. A name is keyed by the lemmas of its words, so
 * `Лужков` and `Лужкова` are one; each key takes the label most of its mentions got (a tie
 * keeps each mention's own), and capitalized runs of words that the tagger left untagged
 * but that spell a key found elsewhere become names of that label. The words of a person's
 * full name (initials aside) also vote, each alone, for a person.
 */
import type { EntityLabel } from './sequence.js';

export interface LineName {
  /** Token range, `end` exclusive. */
  start: number;
  end: number;
  label: EntityLabel;
  confidence: number;
}

export interface Line {
  words: readonly string[];
  /** The lemma of each word, as names are keyed by. */
  lemmas: readonly string[];
  names: LineName[];
}

/** Longest run of words matched against the names found elsewhere. */
const MAX_WORDS = 4;

function isCapitalized(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase();
}

interface Votes {
  count: number;
  confidence: number;
}

/** Makes the names of the lines consistent across the whole text; the lines' names are replaced, in order. */
export function propagateNames(lines: readonly Line[]): void {
  const keyOf = (line: Line, start: number, end: number) => {
    let key = line.lemmas[start]!;
    for (let i = start + 1; i < end; i++) key += ` ${line.lemmas[i]!}`;
    return key;
  };
  const votes = new Map<string, Map<EntityLabel, Votes>>();
  const vote = (key: string, label: EntityLabel, confidence: number) => {
    let byLabel = votes.get(key);
    if (!byLabel) votes.set(key, (byLabel = new Map()));
    const tally = byLabel.get(label) ?? { count: 0, confidence: 0 };
    tally.count++;
    tally.confidence += confidence;
    byLabel.set(label, tally);
  };
  for (const line of lines) {
    for (const name of line.names) {
      vote(keyOf(line, name.start, name.end), name.label, name.confidence);
      // A person named in full is often named again by one part of it (`Жан Дюпон` … `Дюпон`).
      if (name.label === 'PER' && name.end - name.start > 1) {
        for (let i = name.start; i < name.end; i++) {
          if (isCapitalized(line.words[i]!) && line.words[i]!.length > 2) vote(line.lemmas[i]!, 'PER', name.confidence);
        }
      }
    }
  }
  const majority = (key: string): { label: EntityLabel; share: number; confidence: number; tie: boolean } | undefined => {
    const byLabel = votes.get(key);
    if (!byLabel) return undefined;
    let total = 0;
    let best: [EntityLabel, Votes] | undefined;
    let tie = false;
    for (const entry of byLabel) {
      total += entry[1].count;
      if (!best || entry[1].count > best[1].count) {
        best = entry;
        tie = false;
      } else if (entry[1].count === best[1].count) {
        tie = true;
      }
    }
    const [label, vote] = best!;
    return { label, share: vote.count / total, confidence: vote.confidence / vote.count, tie };
  };

  for (const line of lines) {
    const taken = new Uint8Array(line.words.length);
    for (const name of line.names) {
      taken.fill(1, name.start, name.end);
      const reading = majority(keyOf(line, name.start, name.end))!;
      if (!reading.tie) name.label = reading.label;
    }
    const added: LineName[] = [];
    for (let i = 0; i < line.words.length; i++) {
      if (taken[i] || !isCapitalized(line.words[i]!)) continue;
      for (let length = Math.min(MAX_WORDS, line.words.length - i); length >= 1; length--) {
        if (taken.subarray(i, i + length).some((flag) => flag === 1)) continue;
        const reading = majority(keyOf(line, i, i + length));
        if (!reading) continue;
        added.push({ start: i, end: i + length, label: reading.label, confidence: reading.confidence * reading.share });
        taken.fill(1, i, i + length);
        i += length - 1;
        break;
      }
    }
    if (added.length > 0) line.names = [...line.names, ...added].sort((a, b) => a.start - b.start);
  }
}
