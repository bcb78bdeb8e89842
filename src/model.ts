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
