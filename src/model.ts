/**
 * The data that flows through the pipeline, stage by stage:
 * read → RawDocument → normalize → NormalizedText → segment → Segmentation → store.
 * Everything after `read` is standoff: offsets into the normalized text.
 */
import type { OffsetMap } from './normalize/offset-map.js';

/** ISO 639-1 code ('ru', 'en', 'tr', 'pl', …) or 'und' when no language could be told. */
export type Lang = string;

export type Format = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'image';

/** How the reader's text is marked up, which decides how `normalize` strips it. */
export type Markup = 'plain' | 'markdown' | 'html';

/** What a reader returns: the file's characters, decoded, before any cleaning. */
export interface RawDocument {
  path: string;
  format: Format;
  markup: Markup;
  /** Decoded characters of the file (for PDF/DOCX/images: the extracted text layer; PDF pages are separated by '\f'). */
  text: string;
  /** Detected character encoding ('UTF-8', 'windows-1251', …), or the extractor's name for PDF/DOCX/OCR. */
  encoding: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** A title found in the file's own metadata (HTML <title>, PDF info), if any. */
  title?: string;
}

export type ParagraphKind = 'heading' | 'body' | 'footnote' | 'list-item';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

/** Output of `normalize`: clean text whose paragraphs are one line each, separated by '\n\n'. */
export interface NormalizedText {
  text: string;
  paragraphs: Paragraph[];
  /** Maps every offset of `text` back to an offset of `RawDocument.text`. */
  map: OffsetMap;
}

export interface Sentence extends Span {}

export interface Passage extends Paragraph {
  /** Language of this paragraph, told from its own text, or the document's when too short to tell. */
  lang: Lang;
  sentences: Sentence[];
}

/** A document ready to store: identity, metadata, normalized text and its segmentation. */
export interface AnalyzedSource {
  /** sha256 (hex) of the normalized text. */
  id: string;
  path: string;
  title: string;
  format: Format;
  encoding: string;
  bytes: number;
  /** Languages of the passages, most characters first. */
  languages: Lang[];
  text: string;
  passages: Passage[];
  map: OffsetMap;
}

// ── annotate → resolve ────────────────────────────────────────────────────────

export type EntityType = 'person' | 'place' | 'org';

/**
 * What a mention is of. Entity mentions carry a `NameValue`; dates, quantities, document
 * references, citations of works and bibliography entries their own values.
 */
export type MentionKind = EntityType | 'date' | 'quantity' | 'document' | 'citation' | 'work';

export type Calendar = 'gregorian' | 'julian' | 'rumi' | 'hijri';

export interface DateValue {
  /** Gregorian EDTF: `1921-08-18`, `1921-08`, `1921-22`, `1921-09-16/1921-09-17`, `192X`. */
  edtf: string;
  /** True when part of the value (usually the year) was taken from context, not from the span. */
  inferred: boolean;
  /** The calendar the text dated by, when not Gregorian; `edtf` is always converted. */
  calendar?: Exclude<Calendar, 'gregorian'>;
}

export interface QuantityValue {
  value: number;
  /** The counted thing lemmatized in its own language: `винтовка`, `rifle`, `рубль`. */
  item?: string;
  /** A known kind in English (`rifle`, `machine gun`, `gold ruble`, `Turkish lira`), when the item is one. */
  unit?: string;
  /** `около`, `nearly`, `about`, `более`, `over`… */
  approximate: boolean;
}

export interface NameValue {
  /** The name in its dictionary form, in the script of the text: `Чичерину` → `Чичерин`, `Али Фуат-паше` → `Али Фуат-паша`. */
  lemma: string;
  /** Job titles and ranks seen with the name (`нарком`, `General`), kept apart from it. */
  titles?: string[];
}

export const DOCUMENT_TYPES = [
  'letter', 'telegram', 'cipher_telegram', 'note', 'memorandum', 'report', 'instruction', 'treaty', 'decree', 'speech', 'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Who sent or received a document, as the reference writes it: the span of the name mention
 * (person or organisation) it names, or only a role (`Народного Комиссара Иностранных Дел
 * Азербайджанской ССР`) when it names nobody.
 */
export interface DocumentParty extends Span {
  text: string;
  /** True when the span is a role and no name mention. */
  roleOnly?: true;
  /** The role written with a name (`Послу Турции в Москве` before `Али Фуат-бею`): how a role alone elsewhere is resolved. */
  role?: string;
}

/** Where a document is held: an archive (with its file reference) or a published collection. */
export interface DocumentHolding {
  /** The whole holding as written (`Коллекция документов РГАСПИ`, `Документы внешней политики СССР. Т. IV, М., 1960, С.176-177`). */
  text: string;
  /** The archive's name mention (`РГАСПИ`, `АВП РФ`, `National Archives and Records Administration`). */
  archive?: DocumentParty;
  /** An archival reference: fond/opis/delo/list or a record number (`Ф. 5. Оп. 1. Д. 2137. Л. 3`, `CIA-RDP 83, P. 97`). */
  reference?: string;
  /** A published collection's title, with volume, place, year and pages when given. */
  collection?: string;
  volume?: string;
  year?: number;
  pages?: string;
}

/** A reference to one document: a citation formula, a sentence naming a letter, a treaty's name. */
export interface DocumentValue {
  type: DocumentType;
  /** The document's date, when the reference gives one: the span of its date mention and its value. */
  date?: Span & { edtf: string; inferred: boolean };
  senders: DocumentParty[];
  recipients: DocumentParty[];
  /** Treaties: where it was signed (`Карсский договор`, `Treaty of Kars`), the span of that word. */
  signedAt?: Span & { text: string };
  /** A title the reference gives instead of a type word (`Главнейшие моменты в политической жизни Турции`). */
  title?: string;
  holding?: DocumentHolding;
  /**
   * `formula`: a citation (`… // archive`); `heading`: the heading of a document the source
   * reproduces (`Letter from … to M.V. Frunze. December 26, 1921`); `narrative`: running text.
   */
  form: 'formula' | 'heading' | 'narrative';
}

/** What a reference to a published work gives: who wrote it, when, what, where; each only when written. */
export interface BibliographicFields {
  /**
   * As written. Bibliography entries and notes: whole names (`Gokay B.`, `Ali Fuat Cebesoy`);
   * author–date citations: the surnames the citation gives (`Gokay`, `Hirst and Smith` → two).
   */
  authors: string[];
  year?: number;
  /** The letter that tells apart works of one author and year: `2006a`. */
  yearSuffix?: string;
  title?: string;
  place?: string;
  publisher?: string;
  /** The journal, newspaper or book the work appeared in. */
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  url?: string;
}

/**
 * A citation of a work in running text: author–date (`(Gokay 2006: 24)`, `Hirst (2013)`) or
 * a bibliographic note (`(Halil Paşa. Bitmeyen Savaş. İstanbul, 1972, S.358)`, a footnote).
 */
export interface CitationValue extends BibliographicFields {
  form: 'author-date' | 'note';
  /** `et al.`, `и др.`: more authors than the citation names. */
  etAl?: true;
  /** `Там же`, `Ibid.`: the work cited just before. */
  ibid?: true;
  /** `Гасанлы Дж. Указ. соч.`, `Karabekir, op. cit.`: the work of these authors cited before. */
  opCit?: true;
}

/** An entry of a text's bibliography: `Gokay B., 2006, Soviet Eastern Policy and Turkey…, Routledge, London`. */
export type WorkValue = BibliographicFields;
/** Who made a mention: the recognizers, or the researcher (`dossier accept`). */
export type MentionOrigin = 'machine' | 'human';

interface MentionBase extends Span {
  /** `text.slice(start, end)` of the normalized source text. */
  text: string;
  /** 0..1: how sure the recognizer is. */
  confidence: number;
  /** Absent: the machine's. */
  origin?: MentionOrigin;
}

export type DateMention = MentionBase & { kind: 'date'; value: DateValue };
export type QuantityMention = MentionBase & { kind: 'quantity'; value: QuantityValue };
export type NameMention = MentionBase & { kind: EntityType; value: NameValue };
export type DocumentMention = MentionBase & { kind: 'document'; value: DocumentValue };
export type CitationMention = MentionBase & { kind: 'citation'; value: CitationValue };
export type WorkMention = MentionBase & { kind: 'work'; value: WorkValue };
export type Mention = DateMention | QuantityMention | NameMention | DocumentMention | CitationMention | WorkMention;

/**
 * What a recognizer reads: one analysed source plus the mentions the recognizers before it
 * found (for example, the quantity recognizer skips spans already taken by dates).
 */
export interface Doc {
  id: string;
  text: string;
  passages: readonly Passage[];
  languages: readonly Lang[];
  mentions: readonly Mention[];
}

/** One annotate step: a pure function from a Doc to new mentions, sorted by start. */
export interface Recognizer {
  name: string;
  /** The kinds of mention it produces, so that evaluation can tell "not built yet" from "found nothing". */
  kinds: readonly MentionKind[];
  /** Loads what the recognizer needs (dictionaries, models) once, before any `recognize`. */
  prepare?(): Promise<void>;
  recognize(doc: Doc): Mention[];
}

/** An analysed source with every recognizer's mentions, sorted by start. */
export interface AnnotatedSource extends AnalyzedSource {
  mentions: Mention[];
}

export interface EntityAlias {
  text: string;
  lang: Lang;
  count: number;
}

/** One real person, place or organisation, across sources and languages. */
export interface Entity {
  /** Stable: the same entity gets the same id when the same corpus is analysed again. */
  id: string;
  type: EntityType;
  label: string;
  aliases: EntityAlias[];
  attributes: {
    titles?: string[];
    /** WGS84, for places found in the gazetteer. */
    coordinates?: { lat: number; lon: number };
    [key: string]: unknown;
  };
}

/** A mention by its place: source id and index into that source's `mentions`. */
export interface MentionRef {
  source: string;
  mention: number;
}

/** Where a document reference was made: the source, the mention's index, its span and form. */
export interface DocumentCitation extends MentionRef {
  start: number;
  end: number;
  text: string;
  form: DocumentValue['form'];
}

/** One real document — a letter, a telegram, a treaty — however many times and in whatever language it is cited. */
export interface DocumentRecord {
  /** Stable: a hash of the type, date, parties (or treaty place) that make the record. */
  id: string;
  type: DocumentType;
  date?: { edtf: string; inferred: boolean };
  /** Entity ids of persons and organisations (a place only where a text says so: `a letter addressed to Moscow`). */
  senders: string[];
  recipients: string[];
  /** Parties the references name only by a role that no text gives a name for. */
  senderRoles: string[];
  recipientRoles: string[];
  /** Treaties: where signed, as the gazetteer names it, and the place entity when the corpus mentions it. */
  signedAt?: { label: string; entity?: string };
  title?: string;
  /** Holdings as the citations give them, the archive resolved to its entity. */
  holdings: Array<Omit<DocumentHolding, 'archive'> & { archive?: string; archiveEntity?: string }>;
  citations: DocumentCitation[];
}

/** Where a work is cited or listed: the source, the mention's index, its span, and the pages it points to. */
export interface WorkCitation extends MentionRef {
  start: number;
  end: number;
  text: string;
  /** `author-date` and `note` cite the work; `entry` lists it in a bibliography. */
  form: CitationValue['form'] | 'entry';
  pages?: string;
}

/** One real published work, however many sources cite or list it. Nothing is filled in that no reference gives. */
export interface WorkRecord extends BibliographicFields {
  /** Stable: a hash of the first author's surname and the year, or of the title when those are unknown. */
  id: string;
  /** The bibliography entry as written, when a source lists the work; `pages` are those of an article or chapter within its journal or book. */
  entry?: string;
  /** Entries first, then citations, each group by source and offset. */
  citations: WorkCitation[];
}

/** What resolve returns: entities, and for each name mention the entity it belongs to; document and work records. */
/** What a text says a figure counts: the whole (`всего`, `in total`) or one part of it (`the last installment`). */
export type ClaimRole = 'total' | 'part';

/** When a claim is about: a date in its own sentence, or the year of the last date before it in its paragraph. */
export interface ClaimPeriod {
  edtf: string;
  from: 'sentence' | 'context';
}

/** One source saying one thing about a claim group's item: a figure, or a document's date. */
export interface ClaimStatement extends MentionRef, Span {
  /** The quantity's or the citation's text. */
  text: string;
  /** The sentence it is said in. */
  passage: string;
  /** Quantities: the figure; dates: the EDTF the citation gives. */
  value: number | string;
  approximate: boolean;
  /** Quantities: the counted thing as the text names it (`винтовка`, `heavy machine gun`). */
  item?: string;
  role?: ClaimRole;
  /** Which part (`first`, `last`), when the text says. */
  part?: string;
  period?: ClaimPeriod;
  /** Entity ids of the persons, places and organisations named in the same sentence. */
  subjects: string[];
}

/** One value of a claim group and the sources that give it (values within tolerance of each other are one reading). */
export interface ClaimReading {
  value: number | string;
  approximate: boolean;
  sources: string[];
}

/**
 * Statements of several sources about the same thing — a quantity of one item, or the date of
 * one document — compared: they agree, conflict, or only one source speaks of it.
 */
export interface ClaimGroup {
  /** Stable: a hash of the kind, the item and the group's first statement (or the document's id). */
  id: string;
  kind: 'quantity' | 'date';
  /** The English kind (`rifle`, `gold ruble`), else the item's lemma; for dates, the document (`treaty (Kars)`). */
  item: string;
  /** Labels of the entities most statements name. */
  subject: string;
  role?: ClaimRole;
  part?: string;
  /** Dates: the document record whose citations are compared. */
  document?: string;
  status: 'agree' | 'conflict' | 'single';
  /** Distinct sources among the statements. */
  sources: number;
  readings: ClaimReading[];
  statements: ClaimStatement[];
  /** For conflicts, what differs: `39,000 (2 sources) vs 40,000 (1 source)`. */
  difference?: string;
}

/**
 * A name mention the researcher added. It lives in the edit log, not among the machine's
 * mentions (which re-annotation replaces), and is stored after them: `ordinal` is at least
 * the number of the source's machine mentions.
 */
export interface HumanMention {
  source: string;
  ordinal: number;
  mention: NameMention & { origin: 'human' };
}

/** What resolve returns: entities, and for each name mention the entity it belongs to; documents, works, claims. */
export interface Resolution {
  entities: Entity[];
  /** `${sourceId}:${mentionIndex}` → entity id; a human mention's index is its `ordinal`. */
  links: Map<string, string>;
  documents: DocumentRecord[];
  works: WorkRecord[];
  /** Quantities and document dates compared across sources, conflicts first. */
  claims: ClaimGroup[];
  /** Mentions the researcher added, once the edits are applied (curate). */
  humanMentions?: HumanMention[];
  /** Why each edit of the log that cannot apply to the corpus as it is does not, by edit id (curate). */
  orphanedEdits?: Record<string, string>;
}

// ── the researcher's authority file ──────────────────────────────────────────

/**
 * A person, place or organisation the researcher knows, from an authority file: a name the
 * corpus's mentions of it resolve to, with the forms the sources may write it in (any script),
 * and what is known of it. Records are told apart by type and name (case and diacritics aside).
 */
export interface AuthorityRecord {
  type: EntityType;
  /** The canonical name: the label of the entity its mentions become. */
  name: string;
  /** Other forms of the name (`Чичерин`, `Tchitcherine`): a mention written so is this record's. */
  aliases: string[];
  /** A Wikidata item id: `Q193364`. */
  wikidata?: string;
  /** Places: WGS84, replacing the gazetteer's. */
  coordinates?: { lat: number; lon: number };
  note?: string;
}

// ── the researcher's corrections (curate) ─────────────────────────────────────

/**
 * A mention as the researcher saw it, found again after the text changed: the source
 * (its id then, and its path, which a new version keeps), the offsets then, and the quote
 * with a little text either side (like a W3C TextQuoteSelector).
 */
export interface MentionAnchor {
  source: string;
  path: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * An entity as the researcher saw it: its id, which resolution keeps while the entity's
 * canonical name stays, and what to find it by when the id has changed (type, label, the
 * forms it was most often written in).
 */
export interface EntityAnchor {
  id: string;
  type: EntityType;
  label: string;
  forms: string[];
}

export type EditPayloads = {
  /** `from` joins `into`, which keeps its id and (unless `label`) its label. */
  merge: { into: EntityAnchor; from: EntityAnchor; label?: string };
  /** The entity's mentions written as one of `forms`, and those at `mentions`, become a new entity. */
  split: { entity: EntityAnchor; forms: string[]; mentions: MentionAnchor[]; label?: string };
  rename: { entity: EntityAnchor; label: string };
  retype: { entity: EntityAnchor; type: EntityType };
  /** One mention is no mention; or (`every`) each name mention written so, in one source (`path`) or everywhere. */
  reject: { mention: MentionAnchor } | { every: string; path?: string };
  /** A name the recognizers missed, of this type, linked to `entity` (else to an entity of that name, else a new one). */
  accept: { mention: MentionAnchor; type: EntityType; entity?: EntityAnchor };
  /** Takes back an earlier edit (an undo of an undo puts it back). */
  undo: { edit: string };
};

export type EditKind = keyof EditPayloads;

/** One correction in the append-only log: replayed, in order, after every resolution. */
export type Edit = {
  [K in EditKind]: {
    id: string;
    /** ISO 8601. */
    at: string;
    kind: K;
    payload: EditPayloads[K];
    reason?: string;
  };
}[EditKind];

export type EditOf<K extends EditKind> = Extract<Edit, { kind: K }>;

/** An edit whose text or entity is no longer in the corpus: kept in the log, reported, not applied. */
export interface OrphanedEdit {
  edit: Edit;
  reason: string;
}
