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

/** What a mention is of. Entity mentions carry a `NameValue`; dates and quantities their own values. */
export type MentionKind = EntityType | 'date' | 'quantity';

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

interface MentionBase extends Span {
  /** `text.slice(start, end)` of the normalized source text. */
  text: string;
  /** 0..1: how sure the recognizer is. */
  confidence: number;
}

export type DateMention = MentionBase & { kind: 'date'; value: DateValue };
export type QuantityMention = MentionBase & { kind: 'quantity'; value: QuantityValue };
export type NameMention = MentionBase & { kind: EntityType; value: NameValue };
export type Mention = DateMention | QuantityMention | NameMention;

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

/** What resolve returns: entities, and for each name mention the entity it belongs to. */
export interface Resolution {
  entities: Entity[];
  /** `${sourceId}:${mentionIndex}` → entity id. */
  links: Map<string, string>;
}
