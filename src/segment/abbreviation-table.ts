import type { SentenceAbbreviations } from '../lang/abbreviations.js';

export type AbbreviationKind = 'prefix' | 'numbered' | 'terminal';

export interface AbbreviationTable {
  kindOf(key: string): AbbreviationKind | undefined;
  isSentenceOpener(word: string): boolean;
}

/**
 * Merges the resources of several languages into one table: scholarship quotes across languages
 * (a Russian paragraph cites Turkish and English titles), so every paragraph uses all of them.
 * When languages disagree on a word, the kind that splits least wins.
 */
export function mergeAbbreviations(resources: readonly SentenceAbbreviations[]): AbbreviationTable {
  const kinds = new Map<string, AbbreviationKind>();
  const openers = new Set<string>();
  const precedence: AbbreviationKind[] = ['terminal', 'numbered', 'prefix'];
  for (const kind of precedence) {
    for (const resource of resources) {
      for (const entry of resource[kind]) kinds.set(entry, kind);
    }
  }
  for (const resource of resources) {
    for (const word of resource.sentenceOpeners) openers.add(word.toLowerCase());
  }
  return {
    kindOf: (key) => kinds.get(key),
    isSentenceOpener: (word) => openers.has(word.toLowerCase()),
  };
}
