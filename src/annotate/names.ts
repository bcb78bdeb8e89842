/**
 * The `names` recognizer: persons, places and organisations, in Russian and in Latin-script
 * languages (English, Turkish and Polish names), each mention with its lemma and the job
 * titles seen with it.
 *
 * Each passage is tokenized once and read left to right for phrases (`names/phrases.ts`):
 * organisations by their head nouns and abbreviations, place phrases, and names made of
 * initials, capitalized words and honorifics. A phrase carries evidence for each type, from
 * dictionaries (az's `Name`, `Surn`, `Geox`, `Orgn`), gazetteers and context (`в Батуме`,
 * `товарищ`, `Pasha`, `Hirst 2013`). Evidence too weak to decide is weighed with what the
 * rest of the document says about the same name: `Кемалю` alone is a person because
 * `Мустафа Кемаль-паша` is one.
 *
 * Lemmas are the nominative in the text's script, initials first and spaced
 * (`Г.Чичерину` → `Г. Чичерин`, `Hirst S.J.` → `S. J. Hirst`), so that a resolver can tell
 * initials from the surname.
 */
import type { Doc, EntityType, Mention, NameMention, Recognizer, Span } from '../model.js';
import { lexiconFor } from '../lang/lexicon.js';
import { memoize } from '../util/memoize.js';
import { lemmaOf as wordLemma, loadMorphology } from '../lang/ru/morphology.js';
import { knownPlaceForm, loadGazetteer } from './names/gazetteer.js';
import { russianNameLemma } from './names/lemma.js';
import { findPhrases, STRONG, type Candidate, type Evidence } from './names/phrases.js';
import { resourcesFor } from './names/resources.js';
import { tokenize, type Token } from './names/tokens.js';
import { cyrillicFacts, latinFacts, type WordFacts } from './names/words.js';

const TYPES: readonly EntityType[] = ['person', 'place', 'org'];
/** Languages whose capitalized clause openers the dictionaries here can tell from names. */
const KNOWN_LANGUAGES = new Set(['ru', 'en']);

let latinWordFacts: ((word: string) => WordFacts) | undefined;

async function prepare(): Promise<void> {
  const [, , english] = await Promise.all([loadMorphology(), loadGazetteer(), lexiconFor('latin')]);
  latinWordFacts ??= latinFacts(english);
}

function factsOf(token: Token): WordFacts | undefined {
  return token.script === 'other' ? undefined : wordFacts(token.text);
}

const wordFacts = memoize((word: string): WordFacts | undefined => {
  // `Тimes` (a Cyrillic Т in a Latin word): a typo no dictionary can answer for.
  const cyrillic = /\p{Script=Cyrillic}/u.test(word);
  if (cyrillic && /\p{Script=Latin}/u.test(word)) return undefined;
  if (!cyrillic) return latinWordFacts!(word);
  // A hyphenated word is asked by its name part: `Кемаль-бея` as `Кемаль`, `Упмал-Ангорский` as its last part.
  const parts = word.split('-');
  const honorific = resourcesFor('cyrillic')!.honorific;
  const named = parts.filter((part) => !honorific(part));
  return cyrillicFacts(named.length < parts.length ? named[0] ?? parts[0]! : parts[parts.length - 1]!);
});

function recognize(doc: Doc): Mention[] {
  if (!latinWordFacts) throw new Error('names: recognize called before prepare() finished');
  const earlier = mergedSpans(doc.mentions.filter((mention) => mention.kind === 'date' || mention.kind === 'quantity'));
  const candidates: Candidate[] = [];
  for (const passage of doc.passages) {
    const tokens = tokenize(doc.text, passage.start, passage.end, passage.sentences);
    const taken = overlapping(tokens, earlier);
    const lang = passage.lang;
    candidates.push(...findPhrases({ tokens, taken, facts: factsOf, foreignLatin: lang === 'ru', unknownLanguage: !KNOWN_LANGUAGES.has(lang), polish: lang === 'pl' }));
  }
  // The document agrees on names by their words in the nominative, read as a person's name.
  const keys = candidates.map((candidate) => keysOf(lemmaOf(candidate, 'person')));
  const votes = documentVotes(candidates, keys);
  const mentions: NameMention[] = [];
  candidates.forEach((candidate, index) => {
    const decided = decide(candidate, keys[index]!, votes);
    if (!decided) return;
    const lemma = lemmaOf(candidate, decided.type);
    mentions.push({
      kind: decided.type,
      start: candidate.start,
      end: candidate.end,
      text: doc.text.slice(candidate.start, candidate.end),
      confidence: decided.confidence,
      value: decided.type === 'person' && candidate.titles.length > 0 ? { lemma, titles: titleLemmas(candidate.titles) } : { lemma },
    });
  });
  return mentions;
}

/** Titles in their dictionary form, so that an entity gathers `нарком`, not `наркома`, `наркомом`. */
function titleLemmas(titles: readonly string[]): string[] {
  return [...new Set(titles.map((title) => (/[\u0400-\u04ff]/.test(title) ? wordLemma(title) : title)))];
}

/** The spans' union as disjoint spans in order, so that tokens can be checked against it in one pass. */
function mergedSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** For each token (in order), whether it overlaps one of the disjoint, ordered spans. */
function overlapping(tokens: readonly Span[], spans: readonly Span[]): boolean[] {
  let next = 0;
  return tokens.map((token) => {
    while (next < spans.length && spans[next]!.end <= token.start) next += 1;
    const span = spans[next];
    return span !== undefined && span.start < token.end;
  });
}

/** The nominative of a name; initials first, each followed by a space. */
function lemmaOf(candidate: Candidate, type: EntityType): string {
  if (candidate.script === 'cyrillic') return russianLemma(`${type}\u0000${candidate.words.join('\u0000')}`);
  // A place in a Polish case is named by the nominative the gazetteer lists (`Ankarze` → `Ankara`, `Związkiem Radzieckim`).
  if (type === 'place') {
    const known = candidate.nominative ?? (candidate.words.length === 1 ? knownPlaceForm(candidate.words[0]!) : undefined);
    if (known) return known;
  }
  const initials = candidate.words.filter((word) => /^\p{Lu}\p{Ll}?\.$/u.test(word));
  return [...initials, ...candidate.words.filter((word) => !initials.includes(word))].join(' ');
}

/** A Russian name's lemma by its type and words (NUL-separated): a text names the same people again and again. */
const russianLemma = memoize((key: string): string => {
  const [type, ...words] = key.split('\u0000');
  return russianNameLemma(words, type as EntityType, resourcesFor('cyrillic')!.honorificLemma);
});

/** The words of a lemma a document agrees on: `Мустафа Кемаль-паша` → мустафа, кемаль. Names recur: remembered per lemma. */
const keysOf = memoize((lemma: string): readonly string[] =>
  lemma
    .split(/[\s-]+/)
    .filter((word) => word && !/\.$/.test(word))
    .filter((word) => !resourcesFor(/[\u0400-\u04ff]/.test(word) ? 'cyrillic' : 'latin')!.honorific(word))
    .map((word) => word.toLowerCase()),
);

function documentVotes(candidates: readonly Candidate[], keys: ReadonlyArray<readonly string[]>): Map<string, Evidence> {
  const votes = new Map<string, Evidence>();
  candidates.forEach((candidate, index) => {
    for (const key of keys[index]!) {
      const vote = votes.get(key) ?? { person: 0, place: 0, org: 0 };
      for (const type of TYPES) vote[type] += candidate.evidence[type] >= STRONG ? candidate.evidence[type] : 0;
      votes.set(key, vote);
    }
  });
  return votes;
}

/** The type a phrase's own evidence gives, or failing that the document's; none when nothing speaks for any. */
function decide(candidate: Candidate, keys: readonly string[], votes: Map<string, Evidence>): { type: EntityType; confidence: number } | undefined {
  const own = candidate.evidence;
  const best = strongest(own);
  if (own[best] >= STRONG && TYPES.every((type) => type === best || own[type] < own[best])) return { type: best, confidence: 0.9 };
  const total: Evidence = { ...own };
  for (const key of keys) {
    const vote = votes.get(key);
    if (vote) for (const type of TYPES) total[type] += vote[type] / 2;
  }
  const type = strongest(total);
  if (total[type] > 0) return { type, confidence: total[type] >= STRONG ? 0.75 : 0.6 };
  // A capitalized word that no dictionary knows, in the middle of a sentence: most often a person.
  return { type: 'person', confidence: 0.4 };
}

function strongest(evidence: Evidence): EntityType {
  return TYPES.reduce((best, type) => (evidence[type] > evidence[best] ? type : best), 'person' as EntityType);
}

export const names: Recognizer = {
  name: 'names',
  kinds: ['person', 'place', 'org'],
  prepare,
  recognize,
};
