/**
 * Claims: the quantities and document dates the sources give, grouped by what they speak of and
 * compared, so that a historian sees at once where the sources agree and where they conflict.
 *
 * A quantity claim is a quantity mention with a counted item, read in its sentence:
 * - item: the English kind (`rifle`, `gold ruble`), else the item's lemma; a bare figure takes
 *   the item of the figure just before it in its own or the previous sentence (`3 500 000 gold
 *   rubles … It was the last installment of 10 000 000`); money in no named currency
 *   (`10 млн деньгами`) is `money`;
 * - period: the date of its sentence nearest to it, else the year of the last date before it in
 *   its paragraph (marked `context`); dates in brackets are citations (`(Piter 2004)`), no periods;
 * - subjects: the persons, places and organisations its sentence names;
 * - role: a total when its sentence says so (`всего`, `altogether`, `in installments`); a part
 *   when an ordinal and a part noun name it (`последний денежный взнос … 3,5 млн`, `the first
 *   installment`: the nearest figure after the noun, else before it), with which part, or one
 *   more (`ещё 33 тыс.`, `a further 33,000`); a figure after `installment of the` or a bare one
 *   after `installment of` is the whole it is part of;
 * - list: the other figures of its sentence;
 * - topic: its sentence's longer words outside mentions, as 5-letter stems, the commonest left out.
 *
 * Two claims speak of the same thing when they count the same item, in roles that fit (a part is
 * never compared with a total, the first installment never with the last), in periods that
 * overlap, and
 * - to agree (equal values, or within 10 % when either is approximate): nothing tells them apart —
 *   their lists share another figure, or their subjects share an entity (or one names none) and
 *   the places one names are all named by the other or lie within them (`Moscow` in `Russia`);
 *   money in no named currency agrees with an equal sum in any currency;
 * - to conflict (other values): something shows they are one thing — their lists share another
 *   figure (both give 327 machine guns beside the rifles), or their places fit as above and they
 *   name a common entity, share topic words (`Soviet aid … included`) or are within a quarter of
 *   each other and dated alike by their sentences (40,000 and 39,000 rifles in 1921) — not enough
 *   for `person` or `percent`, which count whatever the sentence is about; and the values are
 *   within a factor of two: a part and its whole, or one town's figure and a country's, differ
 *   more, and a false conflict costs the historian more than a missed one. A part is compared
 *   only with the same part, and a figure its sentence dates within another's period (1921 in
 *   1920–1921) is a part of that period's, not a rival.
 * One source's different figures of an item are never a conflict (an installment and the total,
 * 10 million promised and 3.5 million paid): a source is in a group with one figure, repeated
 * perhaps, but never twice in one sentence (`lost 3,700 soldiers, the Greek army about 4,000`).
 * Groups grow pair by pair, agreements first, and two groups join only when every pair across
 * them fits.
 *
 * A date claim is a dated citation of a document record that two or more sources cite; dates
 * agree when their EDTF spans overlap (`1921-10` and `1921-10-13`), and conflict otherwise.
 */
import { createHash } from 'node:crypto';
import type {
  AnnotatedSource, ClaimGroup, ClaimPeriod, ClaimReading, ClaimRole, ClaimStatement, DateMention, DocumentRecord, Entity,
  QuantityMention, Span,
} from '../model.js';
import type { ClaimVocabulary } from '../lang/claims.js';
import { claims as englishClaims } from '../lang/en/claims.js';
import { claims as russianClaims } from '../lang/ru/claims.js';
import { units as englishUnits } from '../lang/en/units.js';
import { units as russianUnits } from '../lang/ru/units.js';
import type { UnitSense } from '../annotate/quantities/language.js';
import { edtfBounds } from '../util/edtf-bounds.js';
import { commonSubjectIds, formatClaimReading } from './claim-display.js';

const VOCABULARIES: ReadonlyMap<string, ClaimVocabulary> = new Map([
  ['ru', russianClaims],
  ['en', englishClaims],
]);
const MONEY_ITEMS = new Set([...VOCABULARIES.values()].flatMap((vocabulary) => [...vocabulary.money]));
const MONEY = 'money';
/** Every English kind that is a currency, as a claim's key (lower case): what money in no named currency may be. */
const CURRENCIES = new Set(
  [...russianUnits.values(), ...englishUnits.values()].filter((sense) => sense.currency).flatMap(currencyNames).map((name) => name.toLowerCase()),
);
/**
 * Kinds that count whatever the sentence is about (people killed or deported, a share of
 * anything): two of their figures conflict only when their lists show them one thing.
 */
const GENERIC_ITEMS = new Set(['person', 'percent', 'piece', 'ton', 'tonne', 'kilogram', MONEY]);
/** How far an approximate figure (`около 40 тыс.`) may be from another and still agree with it. */
const APPROXIMATE_TOLERANCE = 0.1;
/** Figures this close (a share of the larger), dated alike, are taken for two accounts of one thing. */
const CLOSE_FIGURES = 0.25;
/** Different figures further apart than this are taken to count different things, not to conflict. */
const MAX_CONFLICT_RATIO = 2;
/** How many words before a part noun its ordinal may stand (`последний денежный взнос`). */
const ORDINAL_REACH = 2;
/**
 * A sentence's topic words are its words of this many letters or more outside any mention, cut
 * to this length: a crude stem that holds across inflection (`included`, `includes`; `помощи`, `помощь`).
 */
const TOPIC_STEM = 5;
/** Topic words two sentences of one language must share to count as telling of one thing. */
const SHARED_TOPIC = 2;
const COMMON_STEMS = new Set([...VOCABULARIES.values()].flatMap((vocabulary) => vocabulary.common.map(topicStem)));

function topicStem(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е').slice(0, TOPIC_STEM);
}

function currencyNames(sense: UnitSense): string[] {
  return [sense.unit, ...Object.values(sense.modified ?? {}), ...Object.values(sense.completed ?? {}), ...(sense.goldUnit ? [sense.goldUnit] : [])];
}

interface QuantityClaim {
  statement: ClaimStatement & { value: number };
  /** What is counted, as compared: the English kind, the lemma in lower case, or `money`. */
  key: string;
  /** The same as written: `Turkish lira`, `Christian`. */
  label: string;
  /** The places among the subjects. */
  places: readonly PlaceSubject[];
  /** The other claims of its sentence. */
  list: QuantityClaim[];
  /** Its sentence's topic words. */
  topic: ReadonlySet<string>;
  /** A figure with no item of its own (`10 000 000 promised`), which took the item of the figure before it. */
  bare: boolean;
}

/** A place a claim is about, with the country it lies in, as the gazetteer knows it. */
interface PlaceSubject {
  id: string;
  country?: string;
  /** A country or state, which holds the towns and regions of its country code. */
  wide: boolean;
}

interface SentenceSpan extends Span {
  paragraph: number;
}

export function resolveClaims(
  sources: readonly AnnotatedSource[],
  links: ReadonlyMap<string, string>,
  entities: readonly Entity[],
  documents: readonly DocumentRecord[],
): ClaimGroup[] {
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const placeOf = (id: string): PlaceSubject | undefined => {
    const entity = entityById.get(id);
    if (entity?.type !== 'place') return undefined;
    const { country, placeKind } = entity.attributes;
    return { id, ...(typeof country === 'string' ? { country } : {}), wide: placeKind === 'country' || placeKind === 'state' };
  };
  const contexts = new Map(sources.map((source) => [source.id, sourceContext(source, links)]));
  const quantityClaims = [...contexts.values()].flatMap((context) => claimsOfSource(context, placeOf));
  const groups = [
    ...groupQuantities(quantityClaims).map((members) => quantityGroup(members, entityById)),
    ...documents.flatMap((record) => dateGroup(record, contexts, entityById) ?? []),
  ];
  return groups.sort(
    (a, b) =>
      Number(b.status === 'conflict') - Number(a.status === 'conflict') ||
      b.sources - a.sources ||
      a.kind.localeCompare(b.kind) ||
      a.item.localeCompare(b.item) ||
      a.id.localeCompare(b.id),
  );
}

// ── reading claims in their sentences ─────────────────────────────────────────

/** The sentences of a source in order, a passage without sentences taken whole. */
function sentenceSpans(source: AnnotatedSource): SentenceSpan[] {
  return source.passages.flatMap((passage, paragraph) =>
    passage.sentences.length ? passage.sentences.map(({ start, end }) => ({ start, end, paragraph })) : [{ start: passage.start, end: passage.end, paragraph }],
  );
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
function sentenceIndexAt(sentences: readonly SentenceSpan[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

const OPEN_PARENTHESIS = 0x28;
const CLOSE_PARENTHESIS = 0x29;

/** True when `offset` is inside an open parenthesis after `from`: a citation (`(Akşhin 1991: 36)`). */
function inBrackets(text: string, from: number, offset: number): boolean {
  // Read back to the sentence's start only: `lastIndexOf` would read on to the text's start whenever the sentence has no bracket.
  for (let i = offset - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === OPEN_PARENTHESIS) return true;
    if (code === CLOSE_PARENTHESIS) return false;
  }
  return false;
}

interface Located<M> {
  mention: M;
  index: number;
  sentence: number;
}

/** A source's sentences, and its quantities, dates and named entities by sentence: what its claims are read from. */
interface SourceContext {
  source: AnnotatedSource;
  sentences: SentenceSpan[];
  quantities: Located<QuantityMention>[];
  /** Dates outside brackets. */
  dates: Located<DateMention>[];
  /** Entity ids of the names outside brackets, by sentence. */
  names: Map<number, string[]>;
  /** The spans of every mention, by sentence: words outside them are topic words. */
  covered: Map<number, Span[]>;
}

function sourceContext(source: AnnotatedSource, links: ReadonlyMap<string, string>): SourceContext {
  const context: SourceContext = { source, sentences: sentenceSpans(source), quantities: [], dates: [], names: new Map(), covered: new Map() };
  const { sentences } = context;
  if (sentences.length === 0) return context;
  source.mentions.forEach((mention, index) => {
    const sentence = sentenceIndexAt(sentences, mention.start);
    appendTo(context.covered, sentence, mention);
    if (mention.kind === 'quantity') {
      context.quantities.push({ mention, index, sentence });
      return;
    }
    // A date or a name in brackets is a citation (`(Davison 1953: 173)`), not what the sentence is about.
    if (inBrackets(source.text, sentences[sentence]!.start, mention.start)) return;
    if (mention.kind === 'date') context.dates.push({ mention, index, sentence });
    else if (mention.kind !== 'document') {
      const entity = links.get(`${source.id}:${index}`);
      if (entity) appendTo(context.names, sentence, entity);
    }
  });
  return context;
}

function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** The topic words of a sentence: its longer words outside mentions (figures, dates, names), not the most common ones. */
function topicOf(context: SourceContext, sentence: number): Set<string> {
  const { start, end } = context.sentences[sentence]!;
  const covered = context.covered.get(sentence) ?? [];
  const topic = new Set<string>();
  for (const match of context.source.text.slice(start, end).matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
    const at = start + match.index!;
    if (match[0].length < TOPIC_STEM || covered.some((span) => span.start <= at && at < span.end)) continue;
    const stem = topicStem(match[0]);
    if (!COMMON_STEMS.has(stem)) topic.add(stem);
  }
  return topic;
}

/** The entities a sentence names, each once, in a stable order. */
function subjectsOf(context: SourceContext, sentence: number): string[] {
  return [...new Set(context.names.get(sentence) ?? [])].sort();
}

function claimsOfSource(context: SourceContext, placeOf: (id: string) => PlaceSubject | undefined): QuantityClaim[] {
  const { source, sentences, dates } = context;
  const claims: QuantityClaim[] = [];
  const bySentence = new Map<number, QuantityClaim[]>();
  let previous: { claim: QuantityClaim; sentence: number; paragraph: number } | undefined;
  for (const { mention, index, sentence } of context.quantities) {
    const span = sentences[sentence]!;
    const { value } = mention;
    const named = value.unit ?? value.item;
    const inherited = !named && previous && previous.paragraph === span.paragraph && previous.sentence >= sentence - 1 ? previous.claim : undefined;
    if (!named && !inherited) continue;
    const label = inherited?.label ?? (!value.unit && MONEY_ITEMS.has(value.item!.toLowerCase()) ? MONEY : named!);
    const subjects = subjectsOf(context, sentence);
    const period = periodOf(mention, sentence, span.paragraph, dates, sentences);
    const item = value.item ?? inherited?.statement.item;
    const claim: QuantityClaim = {
      key: label.toLowerCase(),
      label,
      places: subjects.flatMap((id) => placeOf(id) ?? []),
      list: [],
      topic: bySentence.get(sentence)?.[0]?.topic ?? topicOf(context, sentence),
      bare: !named,
      statement: {
        source: source.id,
        mention: index,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        passage: source.text.slice(span.start, span.end),
        value: value.value,
        approximate: value.approximate,
        ...(item ? { item } : {}),
        ...(period ? { period } : {}),
        subjects,
      },
    };
    claims.push(claim);
    appendTo(bySentence, sentence, claim);
    previous = { claim, sentence, paragraph: span.paragraph };
  }
  for (const [sentence, inSentence] of bySentence) {
    for (const claim of inSentence) claim.list = inSentence.filter((other) => other !== claim);
    const vocabulary = VOCABULARIES.get(source.passages[sentences[sentence]!.paragraph]!.lang);
    if (vocabulary) markRoles(source.text, sentences[sentence]!, inSentence, vocabulary);
  }
  return claims;
}

function periodOf(
  mention: QuantityMention,
  sentence: number,
  paragraph: number,
  dates: readonly Located<DateMention>[],
  sentences: readonly SentenceSpan[],
): ClaimPeriod | undefined {
  const distance = (date: DateMention) => Math.abs(date.start - mention.start);
  const own = dates.filter((date) => date.sentence === sentence).sort((a, b) => distance(a.mention) - distance(b.mention))[0];
  if (own) return { edtf: own.mention.value.edtf, from: 'sentence' };
  const before = dates.filter((date) => sentences[date.sentence]!.paragraph === paragraph && date.mention.start < mention.start).at(-1);
  const bounds = before && edtfBounds(before.mention.value.edtf);
  if (!bounds) return undefined;
  // What the context dates is only roughly when: its whole years.
  const [first, last] = [bounds.min.slice(0, 4), bounds.max.slice(0, 4)];
  return { edtf: first === last ? first : `${first}/${last}`, from: 'context' };
}

interface Word extends Span {
  lower: string;
}

/** Sets the role (and part) of each claim of a sentence from its total words and its ordinal part nouns. */
function markRoles(text: string, sentence: Span, claims: readonly QuantityClaim[], vocabulary: ClaimVocabulary): void {
  const words: Word[] = [...text.slice(sentence.start, sentence.end).matchAll(/\p{L}[\p{L}\p{M}-]*/gu)].map((match) => ({
    start: sentence.start + match.index!,
    end: sentence.start + match.index! + match[0].length,
    lower: match[0].toLowerCase(),
  }));
  let total = false;
  const marked = new Map<QuantityClaim, { role: ClaimRole; part?: string }>();
  words.forEach((word, i) => {
    if (vocabulary.total.has(word.lower) || (i > 0 && vocabulary.total.has(`${words[i - 1]!.lower} ${word.lower}`))) total = true;
    const stem = vocabulary.parts.find((part) => word.lower.startsWith(part));
    if (!stem) return;
    if (word.lower.length > stem.length && vocabulary.inParts.some((ending) => word.lower.endsWith(ending))) {
      total = true;
      return;
    }
    const part = words
      .slice(Math.max(0, i - ORDINAL_REACH), i)
      .map((before) => vocabulary.ordinals.find(([beginning]) => before.lower.startsWith(beginning))?.[1])
      .find(Boolean);
    // Without an ordinal a part noun says nothing sure (`в частности`, `a payment`).
    if (!part) return;
    const next = words[i + 1];
    const after = claims.find((claim) => claim.statement.start >= word.end);
    const between = next && after && next.end <= after.statement.start ? text.slice(next.end, after.statement.start).trim().toLowerCase() : undefined;
    // `the last installment of the 10 million (promised)`, `… of 10 000 000 promised`: the whole, named before;
    // `the first installment of 3 million rubles`: the installment's size.
    const whole = between !== undefined && vocabulary.wholeOf.has(next!.lower) && (vocabulary.definite.has(between) || (between === '' && after!.bare));
    if (whole) {
      marked.set(after!, { role: 'total' });
      return;
    }
    const target = after ?? claims.filter((claim) => claim.statement.end <= word.start).at(-1);
    if (target && !marked.has(target)) marked.set(target, { role: 'part', part });
  });
  for (const claim of claims) {
    const before = words.filter((word) => word.end <= claim.statement.start).at(-1);
    const added = before && vocabulary.additional.has(before.lower) && /^\s*$/.test(text.slice(before.end, claim.statement.start));
    const role = marked.get(claim) ?? (added ? { role: 'part' as const } : total ? { role: 'total' as const } : undefined);
    if (role) Object.assign(claim.statement, role);
  }
}

// ── comparing and grouping ────────────────────────────────────────────────────

function valuesAgree(a: ClaimStatement, b: ClaimStatement): boolean {
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return a.value === b.value;
  const tolerance = a.approximate || b.approximate ? APPROXIMATE_TOLERANCE : 0;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value)) + 1e-9;
}

function periodsOverlap(a: ClaimPeriod | undefined, b: ClaimPeriod | undefined): boolean {
  return spansOverlap(a?.edtf, b?.edtf);
}

/** True when two EDTF values share a day, or either is missing or has no definite span. */
function spansOverlap(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  const x = edtfBounds(a);
  const y = edtfBounds(b);
  return !x || !y || (x.min <= y.max && y.min <= x.max);
}

/** `same`: one item; `money`: money in no named currency beside a currency, which may only agree. */
function itemsFit(a: QuantityClaim, b: QuantityClaim): 'same' | 'money' | undefined {
  if (a.key === b.key) return 'same';
  const [money, other] = a.key === MONEY ? [a, b] : [b, a];
  return money.key === MONEY && CURRENCIES.has(other.key) ? 'money' : undefined;
}

function rolesFit(a: ClaimStatement, b: ClaimStatement, differing: boolean): boolean {
  if (a.role !== 'part' && b.role !== 'part') return true;
  if (a.role === 'part' && b.role === 'part') return a.part === b.part || (!differing && (!a.part || !b.part));
  // A part beside a figure that says nothing of its role may be the same part, said plainly.
  return !differing && a.role !== 'total' && b.role !== 'total';
}

/** Everything but evidence: whether two claims may be in one group. */
function compatible(a: QuantityClaim, b: QuantityClaim): boolean {
  const items = itemsFit(a, b);
  if (!items || !periodsOverlap(a.statement.period, b.statement.period)) return false;
  const differing = !valuesAgree(a.statement, b.statement);
  if (!rolesFit(a.statement, b.statement, differing)) return false;
  // One source repeats a figure in another sentence; two figures of one sentence count two things
  // (`lost 3,700 soldiers, the Greek army about 4,000`), even when they are close.
  if (a.statement.source === b.statement.source) return !a.list.includes(b) && a.statement.value === b.statement.value;
  if (!differing) return true;
  const [low, high] = [a.statement.value, b.statement.value].map(Math.abs).sort((x, y) => x - y) as [number, number];
  return items === 'same' && high <= low * MAX_CONFLICT_RATIO && !narrowerPeriod(a.statement.period, b.statement.period);
}

/** True when both sentences date their figure and one period lies strictly within the other: 1921's figure and 1920–1921's. */
function narrowerPeriod(a: ClaimPeriod | undefined, b: ClaimPeriod | undefined): boolean {
  if (a?.from !== 'sentence' || b?.from !== 'sentence') return false;
  const [x, y] = [edtfBounds(a.edtf), edtfBounds(b.edtf)];
  if (!x || !y || (x.min === y.min && x.max === y.max)) return false;
  return (x.min >= y.min && x.max <= y.max) || (y.min >= x.min && y.max <= x.max);
}

/**
 * True when every place one claim names is one the other names or lies within one (a town in a
 * country, `Moscow` and `Russia`, either way round): nothing says they are about different places.
 */
function placesFit(a: readonly PlaceSubject[], b: readonly PlaceSubject[]): boolean {
  const covered = (place: PlaceSubject, by: readonly PlaceSubject[]) =>
    by.some((other) => other.id === place.id || (place.country !== undefined && other.country === place.country && (other.wide || place.wide)));
  return a.every((place) => covered(place, b)) || b.every((place) => covered(place, a));
}

function shareTopic(a: QuantityClaim, b: QuantityClaim): boolean {
  let shared = 0;
  for (const stem of a.topic) if (b.topic.has(stem) && ++shared >= SHARED_TOPIC) return true;
  return false;
}

function shareList(a: QuantityClaim, b: QuantityClaim): boolean {
  return a.list.some((x) => b.list.some((y) => x.key === y.key && valuesAgree(x.statement, y.statement)));
}

/** How sure it is that two compatible claims speak of one thing; 0 when nothing says so. */
function evidence(a: QuantityClaim, b: QuantityClaim): number {
  const shared = a.statement.subjects.filter((id) => b.statement.subjects.includes(id)).length;
  const listed = shareList(a, b) ? 2 : 0;
  if (listed) return listed + shared + Number(valuesAgree(a.statement, b.statement));
  // 5,000 rifles sent to Armenia and 5,000 sent to Ankara are two deliveries.
  if (!placesFit(a.places, b.places)) return 0;
  if (valuesAgree(a.statement, b.statement)) {
    const unrelated = shared === 0 && a.statement.subjects.length > 0 && b.statement.subjects.length > 0;
    return unrelated ? 0 : 1 + shared;
  }
  if (GENERIC_ITEMS.has(a.key)) return 0;
  const topical = shareTopic(a, b) ? 1 : 0;
  return shared + topical + (closeAndDatedAlike(a.statement, b.statement) ? 1 : 0);
}

/** Near figures (within a quarter) that both sentences date to the same time: the usual shape of two accounts of one thing. */
function closeAndDatedAlike(a: ClaimStatement, b: ClaimStatement): boolean {
  if (a.period?.from !== 'sentence' || b.period?.from !== 'sentence' || typeof a.value !== 'number' || typeof b.value !== 'number') return false;
  return Math.abs(a.value - b.value) <= CLOSE_FIGURES * Math.max(Math.abs(a.value), Math.abs(b.value)) && periodsOverlap(a.period, b.period);
}

/** Claims → groups of claims about one thing (see the header for the rule). */
function groupQuantities(claims: readonly QuantityClaim[]): QuantityClaim[][] {
  const byKey = new Map<string, number[]>();
  claims.forEach((claim, i) => appendTo(byKey, claim.key, i));
  const money = byKey.get(MONEY) ?? [];
  const pairs: Array<{ a: number; b: number; agree: boolean; distance: number; strength: number }> = [];
  const consider = (a: number, b: number) => {
    const [x, y] = [claims[a]!, claims[b]!];
    const strength = compatible(x, y) ? evidence(x, y) : 0;
    if (strength === 0) return;
    const agree = valuesAgree(x.statement, y.statement);
    // An approximate figure goes with the equal one before a near one.
    const distance = agree ? Math.abs(x.statement.value - y.statement.value) / Math.max(Math.abs(x.statement.value), Math.abs(y.statement.value), 1) : 0;
    pairs.push({ a, b, agree, distance, strength });
  };
  const size = (i: number) => Math.abs(claims[i]!.statement.value);
  for (const [key, members] of byKey) {
    // Only figures within the conflict ratio of each other can be grouped: in order of size, each is
    // weighed against the next ones up to twice its size, not against every figure of its item.
    members.sort((a, b) => size(a) - size(b));
    members.forEach((a, i) => {
      for (let j = i + 1; j < members.length && size(members[j]!) <= size(a) * MAX_CONFLICT_RATIO; j++) consider(a, members[j]!);
    });
    if (CURRENCIES.has(key)) for (const a of money) for (const b of members) consider(a, b);
  }
  pairs.sort((p, q) => Number(q.agree) - Number(p.agree) || p.distance - q.distance || q.strength - p.strength || p.a - q.a || p.b - q.b);
  const groupOf = claims.map((_, i) => i);
  const members = claims.map((_, i) => [i]);
  for (const { a, b } of pairs) {
    const [g, h] = [groupOf[a]!, groupOf[b]!];
    if (g === h || !members[g]!.every((x) => members[h]!.every((y) => compatible(claims[x]!, claims[y]!)))) continue;
    for (const i of members[h]!) groupOf[i] = g;
    members[g]!.push(...members[h]!);
    members[h] = [];
  }
  return members.filter((group) => group.length > 0).map((group) => group.map((i) => claims[i]!));
}

function quantityGroup(members: readonly QuantityClaim[], entityById: ReadonlyMap<string, Entity>): ClaimGroup {
  const statements = members.map((member) => member.statement).sort(byPlace);
  const named = members.find((member) => member.key !== MONEY) ?? members[0]!;
  const readings = readingsOf(statements, valuesAgree);
  return {
    id: claimId(`quantity|${named.key}|${statements[0]!.source}:${statements[0]!.start}`),
    kind: 'quantity',
    item: named.label,
    subject: commonSubject(statements, entityById),
    ...sharedRole(statements),
    ...verdict(statements, readings),
    readings,
    statements,
  };
}

function byPlace(a: ClaimStatement, b: ClaimStatement): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start;
}

/** Statements → their distinct values, each with the sources that give it; an exact value stands for the approximate ones near it. */
function readingsOf(statements: readonly ClaimStatement[], agree: (a: ClaimStatement, b: ClaimStatement) => boolean): ClaimReading[] {
  const readings: Array<{ first: ClaimStatement; reading: ClaimReading }> = [];
  // Exact and precise values first, so that they name the reading.
  const ordered = [...statements].sort((a, b) => Number(a.approximate) - Number(b.approximate) || String(b.value).length - String(a.value).length);
  for (const statement of ordered) {
    const found = readings.find(({ first }) => agree(first, statement));
    if (found) {
      if (!found.reading.sources.includes(statement.source)) found.reading.sources.push(statement.source);
    } else readings.push({ first: statement, reading: { value: statement.value, approximate: statement.approximate, sources: [statement.source] } });
  }
  return readings.map(({ reading }) => ({ ...reading, sources: reading.sources.sort() })).sort((a, b) => b.sources.length - a.sources.length);
}

function verdict(statements: readonly ClaimStatement[], readings: readonly ClaimReading[]): Pick<ClaimGroup, 'status' | 'sources' | 'difference'> {
  const sources = new Set(statements.map((statement) => statement.source)).size;
  if (sources < 2) return { status: 'single', sources };
  if (readings.length < 2) return { status: 'agree', sources };
  const difference = readings
    .map((reading) => `${formatClaimReading(reading)} (${reading.sources.length} source${reading.sources.length === 1 ? '' : 's'})`)
    .join(' vs ');
  return { status: 'conflict', sources, difference };
}

/** The role (and part) every statement that says one gives. */
function sharedRole(statements: readonly ClaimStatement[]): Pick<ClaimGroup, 'role' | 'part'> {
  const saying = statements.filter((statement) => statement.role);
  const role = saying[0]?.role;
  if (!role || !saying.every((statement) => statement.role === role)) return {};
  const part = saying[0]!.part;
  return part && saying.every((statement) => statement.part === part) ? { role, part } : { role };
}

/** Labels of the entities named by the most statements (at most three). */
function commonSubject(statements: readonly ClaimStatement[], entityById: ReadonlyMap<string, Entity>): string {
  const labelOf = (id: string) => entityById.get(id)?.label ?? id;
  return commonSubjectIds(statements, labelOf).map(labelOf).join(', ');
}

function claimId(identity: string): string {
  return `c-${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`;
}

// ── document dates ────────────────────────────────────────────────────────────

function dateGroup(record: DocumentRecord, contexts: ReadonlyMap<string, SourceContext>, entityById: ReadonlyMap<string, Entity>): ClaimGroup | undefined {
  if (new Set(record.citations.map((citation) => citation.source)).size < 2) return undefined;
  const statements: ClaimStatement[] = [];
  for (const citation of record.citations) {
    const context = contexts.get(citation.source);
    const mention = context?.source.mentions[citation.mention];
    if (!context || mention?.kind !== 'document' || !mention.value.date) continue;
    const index = sentenceIndexAt(context.sentences, citation.start);
    const sentence = context.sentences[index];
    statements.push({
      source: citation.source,
      mention: citation.mention,
      start: citation.start,
      end: citation.end,
      text: citation.text,
      passage: sentence ? context.source.text.slice(sentence.start, sentence.end) : citation.text,
      value: mention.value.date.edtf,
      approximate: false,
      subjects: subjectsOf(context, index),
    });
  }
  if (statements.length === 0) return undefined;
  statements.sort(byPlace);
  const readings = readingsOf(statements, (a, b) => spansOverlap(String(a.value), String(b.value)));
  const label = (id: string) => entityById.get(id)?.label ?? id;
  const parties = [record.senders.map(label).join(', '), record.recipients.map(label).join(', ')].filter(Boolean).join(' → ');
  return {
    id: claimId(`date|${record.id}`),
    kind: 'date',
    item: record.signedAt ? `${record.type} (${record.signedAt.label})` : record.title ? `${record.type}: ${record.title}` : record.type,
    subject: parties,
    document: record.id,
    ...verdict(statements, readings),
    readings,
    statements,
  };
}
