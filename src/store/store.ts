/**
 * The store: one interface, two engines behind it (SQLite, PostgreSQL).
 * Every method is async so that a networked engine fits the same shape.
 */
import type { AnalyzedSource, AnnotatedSource, AuthorityRecord, ClaimGroup, ClaimStatement, DocumentCitation, DocumentRecord, DocumentType, Edit, Entity, EntityType, Format, Lang, Mention, MentionOrigin, Passage, Resolution, WorkCitation, WorkRecord } from '../model.js';
import type { OffsetMap } from '../normalize/offset-map.js';

/** A source to store; with mentions when the recognizers have run, marked with their version. */
export type StorableSource = AnalyzedSource & ({ mentions?: undefined } | { mentions: readonly Mention[]; annotator: string });

export interface SourceSummary {
  id: string;
  path: string;
  title: string;
  format: Format;
  encoding: string;
  languages: Lang[];
  bytes: number;
  chars: number;
  passages: number;
  /** ISO 8601 timestamp. */
  ingestedAt: string;
}

export interface StoredSource extends SourceSummary {
  text: string;
  passageList: Passage[];
  map: OffsetMap;
}

/** What `putSource` did: stored a new source, replaced an older version at the same path, or found it unchanged. */
export type PutOutcome = 'added' | 'replaced' | 'unchanged';

export interface SearchQuery {
  /** What the user typed: words, "phrases", OR, NOT / -word, prefix*, parentheses. */
  text: string;
  /** Only passages in this language. */
  lang?: Lang;
  /** Only passages of this source (id, id prefix, or path). */
  source?: string;
  /** Only passages that mention a person, place or organisation. */
  kind?: EntityType;
  /** A year, month or day (`1921`, `1921-08`, `1921-08-18`): only passages with a date mention that begins on or after its first day… */
  from?: string;
  /** …and ends on or before its last day. */
  to?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  sourceId: string;
  path: string;
  title: string;
  /** Index of the passage within its source. */
  passage: number;
  /** The passage's span in the source's normalized text. */
  start: number;
  end: number;
  lang: Lang;
  /** BM25 relevance; larger is better. */
  score: number;
  /** A window of the passage around the matches. */
  snippet: string;
  /** Matched words, as offsets into `snippet`. */
  highlights: Array<{ start: number; end: number }>;
}

export interface SearchResult {
  /** Number of matching passages (before limit/offset). */
  total: number;
  hits: SearchHit[];
  /** How the query was understood, e.g. `батум AND энвер`, for the user to check. */
  interpreted: string;
  /** Notes on parts of the query that were ignored or repaired. */
  warnings: string[];
}

export interface Store {
  /** The source with this id, or undefined. */
  hasSource(id: string): Promise<boolean>;
  /**
   * Stores a source in one transaction: text, passages with their sentences, offset map and
   * search index. A source already stored with the same id is left alone; an older
   * version at the same path is replaced.
   */
  putSource(source: StorableSource): Promise<PutOutcome>;
  /** Like putSource for each, all in one transaction: every source is stored or none. */
  putSources(sources: readonly StorableSource[]): Promise<PutOutcome[]>;
  listSources(): Promise<SourceSummary[]>;
  /** By id, unique id prefix, or path. */
  getSource(ref: string): Promise<StoredSource | undefined>;
  /**
   * A window of a source to read, by the same references as getSource: its passages from
   * `from`, or from a few before the one holding character `at`, with their text and mentions.
   * A QueryError when `from` or `at` lies beyond the end.
   */
  readWindow(ref: string, window: WindowRequest): Promise<SourceWindow | undefined>;
  search(query: SearchQuery): Promise<SearchResult>;

  /** Ids of sources whose mentions were made by another version of the recognizers (or none yet). */
  sourcesAnnotatedOtherwise(annotator: string): Promise<string[]>;
  /** A stored source with its mentions, as the resolve stage and re-annotation read it. */
  getAnnotatedSource(id: string): Promise<AnnotatedSource | undefined>;
  /**
   * Replaces the machine's mentions of a source (a newer recognizer version), in one
   * transaction. The researcher's mentions of the source wait for the next `putResolution`.
   */
  replaceMentions(sourceId: string, mentions: readonly Mention[], annotator: string): Promise<void>;
  /** Replaces every entity, every mention's link to one, the researcher's mentions, the document records, works and claims, in one transaction. */
  putResolution(resolution: Resolution): Promise<void>;
  /** Appends an edit to the log and stores the resolution the log now gives, in one transaction. */
  appendEdit(edit: Edit, resolution: Resolution): Promise<void>;
  /** The edit log, in the order the edits were made. */
  listEdits(): Promise<Edit[]>;
  /** The researcher's authority records, in the order they were first imported. */
  listAuthorities(): Promise<AuthorityRecord[]>;
  /**
   * Stores authority records (one of the same type and name, case and diacritics aside, is
   * replaced and keeps its place) and the resolution they now give, in one transaction.
   */
  putAuthorities(records: readonly AuthorityRecord[], resolution: Resolution): Promise<void>;
  /** Why edits do not apply to the corpus as the last stored resolution found it, by edit id. */
  orphanedEdits(): Promise<Map<string, string>>;
  /**
   * Runs `work` while no other task or process runs work given to this: resolving the store
   * and recording an edit go through here, so each sees every write made before it.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  listEntities(filter?: { type?: EntityType; limit?: number; offset?: number }): Promise<EntitySummary[]>;
  /** Entities named `name`: a whole name first, else names holding each of its words in any script or case, else a prefix. */
  findEntities(name: string): Promise<EntitySummary[]>;
  /** One entity with a page of its mentions (by default the first 200, in order of source path and offset). */
  getEntity(id: string, mentions?: MentionPage): Promise<EntityDetails | undefined>;
  /** How much the store holds. */
  stats(): Promise<StoreStats>;
  /** The entities with these ids, with their attributes (coordinates, gazetteer id); unknown ids are left out. */
  getEntities(ids: readonly string[]): Promise<Entity[]>;
  /** Dated mentions in order of the first day they cover, with their sentence. */
  timeline(filter?: TimelineFilter): Promise<TimelineEntry[]>;
  /** How many of the dated mentions `timeline` would give (without its limit) begin in each year, month or day. */
  timelineCounts(filter: TimelineFilter, unit: PeriodUnit): Promise<PeriodCount[]>;
  /** Document records in order of date, undated last. */
  calendar(filter?: CalendarFilter): Promise<CalendarEntry[]>;
  /** Works the sources cite or list, by first author (else title) and year. */
  bibliography(filter?: BibliographyFilter): Promise<BibliographyEntry[]>;
  /** Claim groups, conflicts first, then those more sources speak of. */
  claims(filter?: ClaimFilter): Promise<ClaimEntry[]>;
  /** How many claim groups there are of each status (of one item, when given). */
  claimCounts(filter?: Pick<ClaimFilter, 'item'>): Promise<ClaimCounts>;
  /** The items claim groups are about, those with the most groups first. */
  claimItems(limit: number): Promise<ClaimItem[]>;
  /** The corpus over time: mentions of people, places and organisations in passages dated within each month. */
  mentionsByMonth(): Promise<MonthCount[]>;
  /** Who wrote to whom, or who is named with whom, in a period: the most active entities and the heaviest links between them. */
  network(filter: NetworkFilter): Promise<Network>;
  /** The places with coordinates mentioned in a period, most mentioned first. */
  placeMap(filter?: PlaceMapFilter): Promise<PlaceMap>;

  close(): Promise<void>;
}

export interface WindowRequest {
  /** Index of the first passage (0 when neither this nor `at` is given). */
  from?: number;
  /** A character offset: the window starts a few passages before the passage holding it (`from` is then ignored). */
  at?: number;
  /** At most this many passages. */
  limit: number;
}

export interface SourceWindow {
  /** The source; its `passages` counts all of them, not only the window's. */
  source: SourceSummary;
  /** Passage indices, `to` exclusive. */
  from: number;
  to: number;
  /**
   * Where `text` begins in the source's text: the first window passage's start, or 0 when the
   * window starts at the first passage (`text` then also runs to the end of the text when it
   * holds the last passage, so a window of every passage is the whole text).
   */
  textStart: number;
  text: string;
  /** With offsets in the whole text. */
  passages: Array<Pick<Passage, 'start' | 'end' | 'lang'> & { index: number }>;
  /** The mentions inside `text`, in order, with offsets in the whole text; names with their entity. */
  mentions: LinkedMention[];
}

export interface StoreStats {
  sources: number;
  passages: number;
  entities: Record<EntityType, number>;
  documents: number;
}

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

/** An entity by its id, type and label, as lists and links show it. */
export type EntityRef = Pick<Entity, 'id' | 'type' | 'label'>;

export type LinkedMention = Mention & { entity?: EntityRef };

export interface EntitySummary extends Entity {
  mentions: number;
  sources: number;
}

export interface MentionInContext {
  sourceId: string;
  path: string;
  title: string;
  start: number;
  end: number;
  text: string;
  origin: MentionOrigin;
  /** The sentence the mention is in. */
  sentence: string;
  /** The mention's offsets within `sentence`. */
  sentenceStart: number;
  lang: Lang;
}

/** Which of an entity's mentions to list: `limit` of them after the first `offset`. */
export interface MentionPage {
  /** At most this many (default 100), or every one. */
  limit?: number | 'all';
  offset?: number;
}

export interface EntityDetails extends EntitySummary {
  /** A page of the entity's mentions, in order of source path and offset. */
  mentionList: MentionInContext[];
  /** All the entity's mentions, listed or not. */
  mentionTotal: number;
  /** Entities mentioned in the same passages, most shared passages first. */
  coOccurring: Array<{ id: string; type: EntityType; label: string; passages: number }>;
  /** The earliest and latest dates mentioned in the passages that mention the entity (EDTF). */
  firstDate?: string;
  lastDate?: string;
  /** How many of the entity's mentions have a date of each month in their passage (dates of a month or a day only). */
  mentionsByMonth: MonthCount[];
}

export interface TimelineFilter {
  /** A year, month or day (`1921`, `1921-08`, `1921-08-18`): only dates that begin on or after its first day… */
  from?: string;
  /** …and end on or before its last day. */
  to?: string;
  /** Only in this source (id, id prefix, path or file name). */
  source?: string;
  /** Only dates in a passage that mentions this entity (by id). */
  entity?: string;
  limit?: number;
}

export interface TimelineEntry extends MentionInContext {
  edtf: string;
  inferred: boolean;
  /** First and last day the value covers (ISO). */
  min: string;
  max: string;
  /** The people and organisations the date's sentence names, in order, each once. */
  actors: EntityRef[];
}

export type PeriodUnit = 'year' | 'month' | 'day';

export interface PeriodCount {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  period: string;
  count: number;
}

/** A user error about a query (malformed syntax that cannot be repaired); the message says what to change. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}

export interface CalendarFilter {
  /** A year, month or day: only documents dated wholly on or after its first day (undated ones are left out). */
  from?: string;
  /** Only documents dated wholly on or before its last day. */
  to?: string;
  type?: DocumentType;
  /** Only documents these entities sent or received. */
  entities?: string[];
  limit?: number;
}

export type CalendarParty = EntityRef;

/** A document record with its parties' labels and the path and title of each citing source. */
export interface CalendarEntry extends Omit<DocumentRecord, 'senders' | 'recipients' | 'citations'> {
  senders: CalendarParty[];
  recipients: CalendarParty[];
  citations: Array<DocumentCitation & { path: string; title: string }>;
}

export interface BibliographyFilter {
  /** Only works with an author of this name (any word of it, any script or diacritics: `Gökay`, `Gokay`). */
  author?: string;
  limit?: number;
}

/** A work record with the path and title of each citing source. */
export interface BibliographyEntry extends Omit<WorkRecord, 'citations'> {
  citations: Array<WorkCitation & { path: string; title: string }>;
}

export interface ClaimFilter {
  /** Only the group of this id. */
  id?: string;
  /** Only groups whose sources give different values. */
  conflictsOnly?: boolean;
  /** Only groups of this item: the English kind (`rifle`, `gold ruble`) or the item as a text names it (`винтовка`), in any case. */
  item?: string;
  limit?: number;
  /** Skip this many groups (a page after the first). */
  offset?: number;
}

/** A claim group with the path and title of each stating source. */
export interface ClaimEntry extends Omit<ClaimGroup, 'statements'> {
  statements: Array<ClaimStatement & { path: string; title: string }>;
  /** The entities `subject` names, those most statements name. */
  subjectEntities: EntityRef[];
}

export type ClaimCounts = Record<ClaimGroup['status'], number>;

export interface ClaimItem {
  item: string;
  groups: number;
  conflicts: number;
}

/**
 * A span of whole months, each end a year (`1921`: from its January, to its December) or a month
 * (`1921-08`), either end open. Open at both ends, it is all time, undated passages and documents
 * included; otherwise only what is dated within it: a document whose date lies wholly inside, a
 * passage whose dates fall in its months (see entity_months).
 */
export interface MonthPeriod {
  from?: string;
  to?: string;
}

/** `letters`: senders to recipients of the cited documents; `co-occurrence`: entities named in the same passages. */
export type NetworkKind = 'letters' | 'co-occurrence';

export interface NetworkFilter extends MonthPeriod {
  kind: NetworkKind;
  /** Only entities of these types (default: every type). */
  types?: EntityType[];
  /** At most this many nodes: those with the most documents (letters) or mentions (co-occurrence) in the period. */
  nodes?: number;
  /** At most this many edges between them, the heaviest first. */
  edges?: number;
}

export interface NetworkNode extends EntityRef {
  /** Mentions in the period. */
  mentions: number;
  /** Documents of the period the entity sent or received (letters only). */
  documents?: number;
}

export interface NetworkEdge {
  /** The sender (letters), or the entity whose id sorts first (co-occurrence). */
  source: string;
  target: string;
  /** Documents from source to target (letters), or passages naming both (co-occurrence), in the period. */
  weight: number;
}

export interface Network {
  kind: NetworkKind;
  /** Letters go from sender to recipient; co-occurrence has no direction. */
  directed: boolean;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Entities active in the period, shown or not. */
  totalNodes: number;
  /** Edges between the nodes shown, shown or not. */
  totalEdges: number;
  /** Every month with any activity, in order: documents dated in it (letters) or mentions of the types asked for (co-occurrence). */
  months: MonthCount[];
}

export interface PlaceMapFilter extends MonthPeriod {
  /** At most this many places, the most mentioned first. */
  limit?: number;
}

export interface PlacePoint extends EntityRef {
  lat: number;
  lon: number;
  /** Mentions in the period. */
  mentions: number;
}

export interface PlaceMap {
  places: PlacePoint[];
  /** Places with coordinates mentioned in the period, shown or not. */
  totalPlaces: number;
  /** Places mentioned in the period that have no coordinates, so cannot be drawn. */
  unlocated: number;
  /** Every month with mentions of places, in order. */
  months: MonthCount[];
}
