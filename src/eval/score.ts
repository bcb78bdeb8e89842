/**
 * Scoring as DESIGN.md defines it: spans for dates and quantities, distinct forms for
 * names, pairs of forms for linking. Each scorer also lists its misses, so that a
 * figure can always be traced to the sentences behind it.
 */
import type { Span } from '../model.js';
import type { GoldDate, GoldDocument, GoldEntity, GoldQuantity } from './gold.js';
import { collapseSpaces, locateInOrder, overlaps } from './locate.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** One thing the system got wrong, for reading: a false positive, a miss, or a wrong value. */
export interface Miss {
  /** Index of the text in the lists given to the scorer. */
  text: number;
  kind: 'false-positive' | 'missed' | 'wrong-value' | 'not-in-text';
  found: string;
  expected?: string;
  got?: string;
}

export function score(counts: Counts): Score {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

interface SystemSpan extends Span {
  text: string;
}

/**
 * Pairs gold spans with system spans one to one: an exact match first, else the system span
 * that overlaps most. Returns for each gold span the index of its system span, or -1.
 */
function pairSpans(gold: ReadonlyArray<Span | undefined>, system: readonly Span[]): number[] {
  const used = new Set<number>();
  const pairs = gold.map(() => -1);
  const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
  for (const exactOnly of [true, false]) {
    gold.forEach((span, g) => {
      if (!span || pairs[g]! >= 0) return;
      let best = -1;
      system.forEach((candidate, s) => {
        if (used.has(s) || !overlaps(span, candidate)) return;
        if (exactOnly && (candidate.start !== span.start || candidate.end !== span.end)) return;
        if (best < 0 || overlap(span, candidate) > overlap(span, system[best]!)) best = s;
      });
      if (best >= 0) {
        pairs[g] = best;
        used.add(best);
      }
    });
  }
  return pairs;
}

interface SpanCategoryInput<G extends { text: string }, S extends SystemSpan> {
  normalizedText: string;
  gold: readonly G[];
  system: readonly S[];
}

export interface SpanCategoryScore extends Score {
  /** Share of matched spans whose value is right. */
  valueAccuracy: number;
  /** Span F1 with values required to be right too. */
  strict: Score;
  misses: Miss[];
}

function scoreSpanCategory<G extends { text: string }, S extends SystemSpan>(
  texts: ReadonlyArray<SpanCategoryInput<G, S>>,
  sameValue: (gold: G, system: S) => boolean,
  describeGold: (gold: G) => string,
  describeSystem: (system: S) => string,
): SpanCategoryScore {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const strict: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  let rightValues = 0;
  texts.forEach(({ normalizedText, gold, system }, text) => {
    const located = locateInOrder(normalizedText, gold.map((item) => item.text));
    const pairs = pairSpans(located, system);
    const matched = new Set<number>();
    gold.forEach((item, g) => {
      const s = pairs[g]!;
      if (s < 0) {
        total.fn += 1;
        strict.fn += 1;
        misses.push({ text, kind: located[g] ? 'missed' : 'not-in-text', found: item.text, expected: describeGold(item) });
        return;
      }
      matched.add(s);
      total.tp += 1;
      const found = system[s]!;
      if (sameValue(item, found)) {
        rightValues += 1;
        strict.tp += 1;
      } else {
        strict.fn += 1;
        strict.fp += 1;
        misses.push({ text, kind: 'wrong-value', found: found.text, expected: describeGold(item), got: describeSystem(found) });
      }
    });
    system.forEach((found, s) => {
      if (matched.has(s)) return;
      total.fp += 1;
      strict.fp += 1;
      misses.push({ text, kind: 'false-positive', found: found.text, got: describeSystem(found) });
    });
  });
  return { ...score(total), valueAccuracy: total.tp === 0 ? 0 : rightValues / total.tp, strict: score(strict), misses };
}

export interface SystemDate extends SystemSpan {
  edtf: string;
}

/** Dates: span F1 (equal or overlapping text) and the share of matched dates whose EDTF is right. */
export function scoreDates(
  goldByText: ReadonlyArray<{ normalizedText: string; dates: readonly GoldDate[] }>,
  systemByText: ReadonlyArray<readonly SystemDate[]>,
): SpanCategoryScore {
  return scoreSpanCategory(
    goldByText.map((gold, i) => ({ normalizedText: gold.normalizedText, gold: gold.dates, system: systemByText[i] ?? [] })),
    (gold, system) => gold.edtf === system.edtf,
    (gold) => gold.edtf,
    (system) => system.edtf,
  );
}

export interface SystemQuantity extends SystemSpan {
  value: number;
  item?: string;
  unit?: string;
}

/** Quantities match on span, value and item; the headline figure is `strict`. */
export function scoreQuantities(
  goldByText: ReadonlyArray<{ normalizedText: string; quantities: readonly GoldQuantity[] }>,
  systemByText: ReadonlyArray<readonly SystemQuantity[]>,
): SpanCategoryScore {
  const sameItem = (gold: GoldQuantity, system: SystemQuantity) =>
    gold.item === undefined ||
    [system.unit, system.item].some((candidate) => candidate?.toLowerCase() === gold.item!.toLowerCase());
  return scoreSpanCategory(
    goldByText.map((gold, i) => ({ normalizedText: gold.normalizedText, gold: gold.quantities, system: systemByText[i] ?? [] })),
    (gold, system) => Math.abs(gold.value - system.value) <= 1e-9 * Math.max(1, Math.abs(gold.value)) && sameItem(gold, system),
    (gold) => `${gold.value}${gold.item ? ` ${gold.item}` : ''}`,
    (system) => `${system.value}${system.unit ?? system.item ? ` ${system.unit ?? system.item}` : ''}`,
  );
}

export interface NameScore extends Score {
  misses: Miss[];
}

/** Names of one type: distinct gold forms against distinct system mention texts, per text, summed. */
export function scoreNames(
  goldByText: ReadonlyArray<readonly GoldEntity[]>,
  systemFormsByText: ReadonlyArray<readonly string[]>,
): NameScore {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  goldByText.forEach((entities, text) => {
    const gold = new Set(entities.flatMap((entity) => entity.forms.map(collapseSpaces)));
    const system = new Set((systemFormsByText[text] ?? []).map(collapseSpaces));
    for (const form of gold) {
      if (system.has(form)) total.tp += 1;
      else {
        total.fn += 1;
        misses.push({ text, kind: 'missed', found: form });
      }
    }
    for (const form of system) {
      if (gold.has(form)) continue;
      total.fp += 1;
      misses.push({ text, kind: 'false-positive', found: form });
    }
  });
  return { ...score(total), misses };
}

export interface LinkingInput {
  /** Gold entities of every type in this text; the canonical (with its type) names the real thing. */
  gold: ReadonlyArray<{ type: string; entity: GoldEntity }>;
  /** For each form the system found in this text, the entity most of its mentions belong to. */
  systemEntityOfForm: ReadonlyMap<string, string>;
}

export interface LinkingScore extends Score {
  goldPairs: number;
  systemPairs: number;
  /** Gold pairs the system left apart, and system pairs joining different canonicals (a few of each). */
  misses: Miss[];
}

/**
 * Linking, pairwise: recall over pairs of gold forms with the same canonical (within and
 * across texts); precision over system pairs of gold forms in one entity.
 */
export function scoreLinking(texts: readonly LinkingInput[]): LinkingScore {
  interface Item {
    text: number;
    form: string;
    canonical: string;
    entity?: string;
  }
  const items: Item[] = [];
  texts.forEach(({ gold, systemEntityOfForm }, text) => {
    const seen = new Set<string>();
    for (const { type, entity } of gold) {
      for (const raw of entity.forms) {
        const form = collapseSpaces(raw);
        if (seen.has(form)) continue;
        seen.add(form);
        items.push({ text, form, canonical: `${type}:${entity.canonical}`, entity: systemEntityOfForm.get(form) });
      }
    }
  });
  let goldPairs = 0;
  let linked = 0;
  let systemPairs = 0;
  let wrongPairs = 0;
  const misses: Miss[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const sameGold = a.canonical === b.canonical;
      const sameSystem = a.entity !== undefined && a.entity === b.entity;
      if (sameGold) goldPairs += 1;
      if (sameSystem) systemPairs += 1;
      if (sameGold && sameSystem) linked += 1;
      else if (sameGold) misses.push({ text: a.text, kind: 'missed', found: `${a.form} ~ ${b.form}`, expected: a.canonical });
      else if (sameSystem) {
        wrongPairs += 1;
        misses.push({ text: a.text, kind: 'false-positive', found: `${a.form} ~ ${b.form}`, got: `${a.canonical} / ${b.canonical}` });
      }
    }
  }
  const result = score({ tp: linked, fp: wrongPairs, fn: goldPairs - linked });
  return { ...result, goldPairs, systemPairs, misses };
}

/** A system document record as the scorer sees it: parties already turned into gold canonicals where the forms allow. */
export interface SystemDocument {
  type: string;
  date?: string;
  /** Gold canonicals, or `?label` for an entity none of whose forms is a gold form. */
  senders: string[];
  recipients: string[];
  /** The first citing span in this text, for reading misses. */
  text: string;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

function documentMatches(gold: GoldDocument, system: SystemDocument): boolean {
  return (
    gold.type === system.type &&
    gold.date === system.date &&
    (gold.senders === undefined || sameSet(gold.senders, system.senders)) &&
    (gold.recipients === undefined || sameSet(gold.recipients, system.recipients))
  );
}

function describeDocument(document: { type: string; date?: string; senders?: readonly string[]; recipients?: readonly string[] }): string {
  const parties = document.senders || document.recipients ? ` ${(document.senders ?? []).join(' + ') || '?'} → ${(document.recipients ?? []).join(' + ') || '?'}` : '';
  return `${document.type} ${document.date ?? 'undated'}${parties}`;
}

/**
 * Documents: a system record cited in a text matches a gold document of that text when type,
 * date and (where the gold gives them) the sets of senders and recipients are all equal; each
 * is matched once.
 */
export function scoreDocuments(gold: ReadonlyArray<readonly GoldDocument[]>, system: ReadonlyArray<readonly SystemDocument[]>): Score & { misses: Miss[] } {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  gold.forEach((documents, text) => {
    const unmatched = [...(system[text] ?? [])];
    for (const document of documents) {
      const at = unmatched.findIndex((candidate) => documentMatches(document, candidate));
      if (at >= 0) {
        counts.tp += 1;
        unmatched.splice(at, 1);
      } else {
        counts.fn += 1;
        misses.push({ text, kind: 'missed', found: document.text, expected: describeDocument(document) });
      }
    }
    for (const extra of unmatched) {
      counts.fp += 1;
      misses.push({ text, kind: 'false-positive', found: extra.text, got: describeDocument(extra) });
    }
  });
  return { ...score(counts), misses };
}
