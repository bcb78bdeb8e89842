/** The shapes the Dossier API answers with (see /api/docs), as the workbench uses them. */

export type EntityKind = 'person' | 'place' | 'org';
export type MentionKind = EntityKind | 'date' | 'quantity' | 'document' | 'citation' | 'work';

export interface Stats {
  sources: number;
  passages: number;
  entities: Record<EntityKind, number>;
  documents: number;
}

export interface SearchHit {
  sourceId: string;
  path: string;
  title: string;
  passage: number;
  start: number;
  end: number;
  lang: string;
  score: number;
  snippet: string;
  /** Offsets within the snippet. */
  highlights: Span[];
}

export interface SearchResults {
  total: number;
  hits: SearchHit[];
  interpreted: string;
  warnings: string[];
}

export interface Span {
  start: number;
  end: number;
}

export interface SourceSummary {
  id: string;
  path: string;
  title: string;
  format: string;
  encoding: string;
  languages: string[];
  bytes: number;
  chars: number;
  passages: number;
  ingestedAt: string;
}

export interface EntityRef {
  id: string;
  label: string;
  type: EntityKind;
}

/** A mention as the reader gets it; offsets are absolute in the source. */
export interface ReaderMention extends Span {
  text: string;
  kind: MentionKind;
  entity?: EntityRef;
  value?: Record<string, unknown>;
}

export interface ReaderPassage extends Span {
  lang: string;
  /** The passage's index in the whole source (absent from servers that send whole sources). */
  index?: number;
}

export interface ReaderWindow {
  id: string;
  path: string;
  title: string;
  format: string;
  languages: string[];
  /** The window's text, which begins at `textStart` in the source. */
  text: string;
  passages: ReaderPassage[];
  mentions: ReaderMention[];
  passageCount?: number;
  window?: { from: number; to: number };
  textStart?: number;
}

export interface Alias {
  text: string;
  lang: string;
  count: number;
}

export interface EntitySummary {
  id: string;
  type: EntityKind;
  label: string;
  aliases: Alias[];
  attributes: Record<string, unknown>;
  mentions: number;
  sources: number;
}

export interface MentionInContext extends Span {
  sourceId: string;
  path: string;
  title: string;
  text: string;
  sentence: string;
  /** Where the mention begins within `sentence`. */
  sentenceStart: number;
  lang: string;
}

export interface EntityDetails extends EntitySummary {
  /** A page of the mentions (the first 100 unless asked otherwise). */
  mentionList: MentionInContext[];
  mentionTotal: number;
  coOccurring: (EntityRef & { passages: number })[];
  firstDate?: string;
  lastDate?: string;
  mentionsByMonth: { month: string; count: number }[];
}

export type IngestStatus = 'added' | 'replaced' | 'unchanged' | 'failed';

export interface IngestResults {
  results: { file: string; status: IngestStatus; error?: string }[];
}

export type EditKind = 'merge' | 'split' | 'rename' | 'retype' | 'reject' | 'accept' | 'undo';

export interface Edit {
  id: string;
  at: string;
  kind: EditKind;
  payload: Record<string, unknown>;
  reason?: string;
  description: string;
  status: 'applied' | 'undone' | 'orphaned';
  orphanedBecause?: string;
}

/** The bodies POST /api/edits takes. */
export type EditRequest =
  | { kind: 'merge'; into: string; from: string; label?: string; reason?: string }
  | { kind: 'split'; entity: string; forms?: string[]; mentions?: { source: string; start: number }[]; label?: string; reason?: string }
  | { kind: 'rename'; entity: string; label: string; reason?: string }
  | { kind: 'retype'; entity: string; type: EntityKind; reason?: string }
  | { kind: 'reject'; source: string; start: number; end: number; reason?: string }
  | { kind: 'accept'; source: string; start: number; end: number; type: EntityKind; entity?: string; reason?: string }
  | { kind: 'undo'; edit: string; reason?: string };

export interface EditResult {
  edit: Edit;
  entities: EntitySummary[];
}

// The Calendar and Timeline views.

export type DocumentType = 'letter' | 'telegram' | 'cipher_telegram' | 'note' | 'memorandum' | 'report' | 'instruction' | 'treaty' | 'decree' | 'speech' | 'other';

/** A document the sources cite, as GET /api/calendar lists it. */
export interface CalendarEntry {
  id: string;
  type: DocumentType;
  title?: string;
  date?: { edtf: string; inferred: boolean };
  senders: EntityRef[];
  recipients: EntityRef[];
  senderRoles: string[];
  recipientRoles: string[];
  signedAt?: { label: string; entity?: string };
  citations: { source: string; path: string; title: string; start: number; end: number; text: string }[];
  holdings: { text: string }[];
}

export interface DatedItem {
  edtf: string;
  inferred: boolean;
  /** First and last day covered, YYYY-MM-DD. */
  min: string;
  max: string;
}

export interface TimelineDocument extends DatedItem {
  id: string;
  type: DocumentType;
  title?: string;
  senders: EntityRef[];
  recipients: EntityRef[];
  citation: { sourceId: string; title: string; start: number; text: string };
}

export interface TimelineEvent extends DatedItem {
  sourceId: string;
  title: string;
  start: number;
  text: string;
  sentence: string;
  actors: EntityRef[];
}

export type PeriodUnit = 'year' | 'month' | 'day';

/** GET /api/timeline/items. */
export interface TimelineItems {
  documents: TimelineDocument[];
  documentsComplete: boolean;
  events: TimelineEvent[];
  eventTotal: number;
  unit: PeriodUnit;
  eventCounts: { period: string; count: number }[];
}

// ── The network and the map of a period ──────────────────────────────────────

/** As the server's store makes them: the API sends them as they are. */
export type {
  MonthCount,
  Network as NetworkData,
  NetworkEdge,
  NetworkKind,
  NetworkNode,
  PlaceMap as PlaceMapData,
  PlacePoint,
} from '../../src/store/store';

// ── Claims and the overview ──────────────────────────────────────────────────

export type ClaimStatus = 'conflict' | 'agree' | 'single';

export interface ClaimReading {
  value: number | string;
  approximate: boolean;
  /** The value in words: `~40,000`. */
  shown: string;
  /** Source ids. */
  sources: string[];
}

export interface ClaimStatement extends Span {
  source: string;
  path: string;
  title: string;
  /** The quantity's or the citation's text, found in `passage`. */
  text: string;
  /** The sentence it is said in. */
  passage: string;
  value: number | string;
  approximate: boolean;
  shown: string;
}

export interface ClaimSummary {
  id: string;
  kind: 'quantity' | 'date';
  item: string;
  /** What the group is about, in words: `rifle (total)`, `date of treaty (Kars)`. */
  headline: string;
  subject: string;
  subjectEntities: EntityRef[];
  status: ClaimStatus;
  sources: number;
  difference?: string;
  readings: ClaimReading[];
}

export interface ClaimGroup extends ClaimSummary {
  /** By value: the statements of one reading stand together; some of each value when there are many. */
  statements: ClaimStatement[];
  /** All the group's statements, shown or not. */
  statementCount: number;
}

export interface ClaimsPage {
  total: number;
  counts: Record<ClaimStatus, number>;
  items: { item: string; groups: number; conflicts: number }[];
  groups: ClaimGroup[];
}

export interface BusyEntity extends EntityRef {
  mentions: number;
  sources: number;
}

export interface Overview {
  counts: Stats & { claims: Record<ClaimStatus, number> };
  busiest: Record<EntityKind, BusyEntity[]>;
  /** Mentions of names in passages dated within each month, in order of month. */
  mentionsByMonth: { month: string; count: number }[];
  /** The first claim groups: conflicts first. */
  claims: ClaimSummary[];
}
