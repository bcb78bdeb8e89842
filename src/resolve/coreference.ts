/**
 * Which mentions of persons (or organisations) are one: first within each text, where a
 * short form (`Кемаль`, `М.Кемаль`, `ВНСТ`) joins the fuller name it fits that the text
 * uses most or most recently, then across texts, where the same name up to spelling is one,
 * and a short form its own text left alone joins the one fuller name of other texts it fits,
 * or, when several fit, the one the other texts use that short form for. A short form that
 * stays ambiguous stays apart: a missed link costs less than a wrong one.
 */
import { FuzzyIndex } from './fold.js';

/** What the clustering needs to know about a kind of name. */
export interface NameScheme<N> {
  /** Equal keys: the same name. */
  key(name: N): string;
  /** True when `short` is `long` or a shorter way of writing it. */
  covers(long: N, short: N): boolean;
  /** The same name up to spelling. */
  same(a: N, b: N): boolean;
  /** How much a name says; the fullest name of a cluster is the one that says most. */
  specificity(name: N): number;
  tokenCount(name: N): number;
  /** Tokens that are words, not initials. */
  wordCount(name: N): number;
  /** Keys a name is filed under, so that names that may cover or equal it are found without a scan. */
  indexKeys(name: N): readonly string[];
  /** Keys under which every name covering or equal to this one (up to spelling) is filed; none: look nowhere. */
  probeKeys(name: N): readonly string[];
  /** Marks such as honorifics: between candidates, one sharing a mark is preferred. */
  marks(name: N): readonly string[];
}

export interface Occurrence<N> {
  /** The caller's id of the mention. */
  mention: number;
  /** Index of the paragraph the mention is in. */
  paragraph: number;
  name: N;
}

export interface LocalCluster<N> {
  source: string;
  /** The fullest name its mentions give. */
  full: N;
  mentions: number[];
  /** Keys of the names its mentions were written with, and how often. */
  variants: Map<string, number>;
  marks: Set<string>;
  lastParagraph: number;
}

/** Mentions of one text (in text order) → clusters, one per thing the text names. */
export function clusterWithinText<N>(source: string, occurrences: readonly Occurrence<N>[], scheme: NameScheme<N>): LocalCluster<N>[] {
  const clusters: LocalCluster<N>[] = [];
  const index = new FuzzyIndex<LocalCluster<N>>();
  const file = (cluster: LocalCluster<N>) => {
    for (const key of scheme.indexKeys(cluster.full)) index.add(key, cluster);
  };
  for (const occurrence of occurrences) {
    const { name } = occurrence;
    const near = new Set(scheme.indexKeys(name).flatMap((key) => index.find(key)));
    const covering = [...near].filter((cluster) => scheme.covers(cluster.full, name));
    let chosen = choose(covering, occurrence, scheme);
    if (!chosen && covering.length === 0) {
      // A fuller name extends a cluster of two or more tokens (`Г.Чичерин` → `Георгий Чичерин`), never a
      // lone word: `Кемаль` met three times before `Юсуф Кемаль` is most likely someone else.
      const extended = [...near].filter((cluster) => scheme.tokenCount(cluster.full) >= 2 && scheme.covers(name, cluster.full));
      chosen = extended.length === 1 ? extended[0] : undefined;
      if (chosen) {
        chosen.full = name;
        file(chosen);
      }
    }
    if (!chosen) {
      chosen = { source, full: name, mentions: [], variants: new Map(), marks: new Set(), lastParagraph: -1 };
      clusters.push(chosen);
      file(chosen);
    }
    chosen.mentions.push(occurrence.mention);
    const key = scheme.key(name);
    chosen.variants.set(key, (chosen.variants.get(key) ?? 0) + 1);
    for (const mark of scheme.marks(name)) chosen.marks.add(mark);
    chosen.lastParagraph = occurrence.paragraph;
  }
  return consolidate(clusters, index, scheme);
}

/**
 * The cluster a mention joins among those whose name covers it: one sharing its honorific,
 * then the one met last in the same paragraph, then the most mentioned. A tie is ambiguous:
 * the mention goes to a cluster of exactly its own name, or starts one.
 */
function choose<N>(covering: LocalCluster<N>[], occurrence: Occurrence<N>, scheme: NameScheme<N>): LocalCluster<N> | undefined {
  if (covering.length <= 1) return covering[0];
  const marks = scheme.marks(occurrence.name);
  const marked = covering.filter((cluster) => marks.some((mark) => cluster.marks.has(mark)));
  const pool = marked.length > 0 ? marked : covering;
  const score = (cluster: LocalCluster<N>) => (cluster.lastParagraph === occurrence.paragraph ? 1e9 : 0) + cluster.mentions.length;
  const [first, second] = pool.map((cluster) => ({ cluster, score: score(cluster) })).sort((a, b) => b.score - a.score);
  if (!second || first!.score !== second.score) return first!.cluster;
  const key = scheme.key(occurrence.name);
  return pool.find((cluster) => scheme.key(cluster.full) === key);
}

/**
 * After the whole text is read, a cluster of a short name joins the fuller ones that cover
 * it when they are all one (mutually compatible), and either are mentioned at least as often
 * or add only initials (`Hirst` cited ten times, `Hirst S.J.` once in the bibliography). A
 * name met more often than the fuller one that came later, and shorter by a word, may be
 * someone else: `Кемаль` three times, then `Юсуф Кемаль`.
 */
function consolidate<N>(clusters: LocalCluster<N>[], index: FuzzyIndex<LocalCluster<N>>, scheme: NameScheme<N>): LocalCluster<N>[] {
  const merged = new Set<LocalCluster<N>>();
  const bySpecificity = [...clusters].sort((a, b) => scheme.specificity(a.full) - scheme.specificity(b.full));
  for (const short of bySpecificity) {
    const near = new Set(scheme.probeKeys(short.full).flatMap((key) => index.find(key)));
    const fuller = [...near].filter((other) => other !== short && !merged.has(other) && strictlyCovers(scheme, other.full, short.full));
    if (fuller.length === 0 || !mutuallyCompatible(fuller.map((cluster) => cluster.full), scheme)) continue;
    const mentions = fuller.reduce((sum, cluster) => sum + cluster.mentions.length, 0);
    const onlyInitials = fuller.every((cluster) => scheme.wordCount(cluster.full) === scheme.wordCount(short.full));
    if (mentions < short.mentions.length && !onlyInitials) continue;
    const target = fuller.reduce((best, cluster) => (cluster.mentions.length > best.mentions.length ? cluster : best));
    absorb(target, short);
    merged.add(short);
  }
  return clusters.filter((cluster) => !merged.has(cluster));
}

function absorb<N>(target: LocalCluster<N>, other: LocalCluster<N>): void {
  target.mentions.push(...other.mentions);
  for (const [key, count] of other.variants) target.variants.set(key, (target.variants.get(key) ?? 0) + count);
  for (const mark of other.marks) target.marks.add(mark);
}

function strictlyCovers<N>(scheme: NameScheme<N>, long: N, short: N): boolean {
  return scheme.covers(long, short) && !scheme.covers(short, long);
}

function compatible<N>(scheme: NameScheme<N>, a: N, b: N): boolean {
  return scheme.covers(a, b) || scheme.covers(b, a);
}

function mutuallyCompatible<N>(names: readonly N[], scheme: NameScheme<N>): boolean {
  return names.every((a, i) => names.slice(i + 1).every((b) => compatible(scheme, a, b)));
}

/**
 * Clusters of all texts → groups of cluster indices, one group per entity. `joined` are pairs
 * known to be one from elsewhere (a gloss in brackets, a curated list).
 */
export function linkAcrossTexts<N>(
  clusters: readonly LocalCluster<N>[],
  scheme: NameScheme<N>,
  joined: ReadonlyArray<readonly [number, number]> = [],
): number[][] {
  // Clusters of one fullest name are one from the start; the rest works on distinct names, so
  // that a name in a thousand texts costs one comparison, not a million.
  const names: Array<{ name: N; clusters: number[]; sources: Set<string>; variants: Map<string, number> }> = [];
  const nameOfKey = new Map<string, number>();
  const nameOf = clusters.map((cluster, c) => {
    const key = scheme.key(cluster.full);
    let n = nameOfKey.get(key);
    if (n === undefined) {
      n = names.length;
      nameOfKey.set(key, n);
      names.push({ name: cluster.full, clusters: [], sources: new Set(), variants: new Map() });
    }
    const entry = names[n]!;
    entry.clusters.push(c);
    entry.sources.add(cluster.source);
    // How many clusters wrote each variant: how the corpus uses a short name.
    for (const variant of cluster.variants.keys()) entry.variants.set(variant, (entry.variants.get(variant) ?? 0) + 1);
    return n;
  });
  const groups = new Groups(names.length);
  for (const [a, b] of joined) groups.union(nameOf[a]!, nameOf[b]!);

  // The same name, up to spelling.
  const index = new FuzzyIndex<number>();
  names.forEach(({ name }, n) => {
    for (const key of scheme.indexKeys(name)) index.add(key, n);
  });
  const near = (name: N): number[] => [...new Set(scheme.probeKeys(name).flatMap((key) => index.find(key)))];
  names.forEach(({ name }, n) => {
    for (const m of near(name)) if (m !== n && scheme.same(name, names[m]!.name)) groups.union(n, m);
  });

  // Short forms: each group whose fullest name other groups' names cover, fullest groups first.
  const specificity = (n: number) => scheme.specificity(names[n]!.name);
  const heads = groups.all().map((members) => members.reduce((best, n) => (specificity(n) > specificity(best) ? n : best)));
  heads.sort((a, b) => specificity(b) - specificity(a) || a - b);
  for (const head of heads) {
    const short = names[head]!.name;
    const shortKey = scheme.key(short);
    const root = groups.find(head);
    // Evidence from other texts only: within its own text, the short form was weighed already.
    const ownTexts = new Set(groups.members(head).flatMap((n) => [...names[n]!.sources]));
    const elsewhere = (n: number) => [...names[n]!.sources].some((source) => !ownTexts.has(source));
    const candidates = new Set(
      near(short)
        .filter((n) => groups.find(n) !== root && elsewhere(n) && strictlyCovers(scheme, names[n]!.name, short))
        .map((n) => groups.find(n)),
    );
    const fitting = [...candidates].filter((candidate) => groups.members(candidate).every((n) => compatible(scheme, names[n]!.name, short)));
    if (fitting.length === 0) continue;
    let target = fitting.length === 1 ? fitting[0] : undefined;
    if (target === undefined) {
      // Several people fit `Кемаль`: the one the corpus elsewhere calls by that short name.
      const usage = fitting
        .map((candidate) => ({ candidate, uses: groups.members(candidate).reduce((sum, n) => sum + (names[n]!.variants.get(shortKey) ?? 0), 0) }))
        .sort((a, b) => b.uses - a.uses);
      if (usage[0]!.uses > 0 && usage[0]!.uses > (usage[1]?.uses ?? 0)) target = usage[0]!.candidate;
    }
    if (target !== undefined) groups.union(head, target);
  }
  return groups.all().map((members) => members.flatMap((n) => names[n]!.clusters).sort((a, b) => a - b));
}

/** Union–find over 0..n-1 that also keeps each group's members. */
class Groups {
  private readonly parent: number[];
  private readonly membersOf = new Map<number, number[]>();

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    for (let i = 0; i < size; i++) this.membersOf.set(i, [i]);
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  union(a: number, b: number): void {
    let [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    if (this.membersOf.get(ra)!.length < this.membersOf.get(rb)!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.membersOf.get(ra)!.push(...this.membersOf.get(rb)!);
    this.membersOf.delete(rb);
  }

  members(i: number): readonly number[] {
    return this.membersOf.get(this.find(i))!;
  }

  /** Every group's members, in the order of their smallest member. */
  all(): number[][] {
    return [...this.membersOf.values()].map((members) => [...members].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
  }
}
