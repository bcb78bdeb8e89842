/** Mentions as the reader draws them: the text cut where any mention begins or ends, and each mention's value in words. */
import type { EntityKind, MentionKind, ReaderMention, Span } from './types';

export const MENTION_KINDS: readonly MentionKind[] = ['person', 'place', 'org', 'date', 'quantity', 'document', 'citation', 'work'];

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'org'];

export const KIND_NAMES: Readonly<Record<MentionKind, string>> = {
  person: 'Person',
  place: 'Place',
  org: 'Organisation',
  date: 'Date',
  quantity: 'Quantity',
  document: 'Document',
  citation: 'Citation',
  work: 'Cited work',
};

/** A stretch of text covered by the same mentions (none, one, or nested ones). */
export interface Segment {
  start: number;
  end: number;
  /** Widest first, so that the innermost, most specific mention comes last. */
  mentions: ReaderMention[];
}

/**
 * Cuts [start, end) at every boundary of the mentions inside it, and of `alsoCutAt` (a stretch
 * to mark). Mentions nest (a date inside a document reference), so a segment can lie in several.
 */
export function segmentsOf(start: number, end: number, mentions: readonly ReaderMention[], alsoCutAt: readonly Span[] = []): Segment[] {
  const inside = mentions.filter((mention) => mention.start < end && mention.end > start && mention.end > mention.start);
  const cuts = new Set([start, end]);
  for (const mention of [...inside, ...alsoCutAt.filter((span) => span.start < end && span.end > start)]) {
    cuts.add(Math.max(start, mention.start));
    cuts.add(Math.min(end, mention.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    const covering = inside.filter((mention) => mention.start <= from && mention.end >= to).sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({ start: from, end: to, mentions: covering });
  }
  return segments;
}

function dateInWords(value: Record<string, unknown> | undefined): string {
  if (!value || typeof value.edtf !== 'string') return '';
  return `${value.edtf}${value.inferred === true ? ' (year inferred)' : ''}`;
}

/** What a mention was understood as, in one line: the normalized value the recognizers found. */
export function describeMention(mention: ReaderMention): string {
  const value = mention.value;
  switch (mention.kind) {
    case 'person':
    case 'place':
    case 'org':
      return mention.entity ? `${KIND_NAMES[mention.entity.type]}: ${mention.entity.label}` : `${KIND_NAMES[mention.kind]} (not linked to an entity)`;
    case 'date':
      return `Date: ${dateInWords(value) || mention.text} (EDTF)`;
    case 'quantity': {
      if (!value) return 'Quantity';
      const parts = [value.approximate === true ? `about ${String(value.value)}` : String(value.value)];
      if (typeof value.unit === 'string') parts.push(value.unit);
      if (typeof value.item === 'string' && value.item !== value.unit) parts.push(`of ${value.item}`);
      return `Quantity: ${parts.join(' ')}`;
    }
    case 'document': {
      const type = typeof value?.type === 'string' ? value.type.replaceAll('_', ' ') : 'document';
      const date = dateInWords(value?.date as Record<string, unknown> | undefined);
      return `Document: ${type}${date ? `, dated ${date}` : ', undated'}`;
    }
    case 'citation':
    case 'work': {
      const authors = Array.isArray(value?.authors) ? (value.authors as unknown[]).join(', ') : '';
      const details = [authors, value?.year, value?.title, value?.pages ? `p. ${String(value.pages)}` : undefined].filter((part) => part !== undefined && part !== '');
      return `${KIND_NAMES[mention.kind]}: ${details.join(', ') || mention.text}`;
    }
  }
}

export const isName = (kind: MentionKind): kind is 'person' | 'place' | 'org' => kind === 'person' || kind === 'place' || kind === 'org';

/** The name mentions that a stretch of text overlaps. */
export function namesOverlapping(mentions: readonly ReaderMention[], start: number, end: number): ReaderMention[] {
  return mentions.filter((mention) => isName(mention.kind) && mention.start < end && mention.end > start);
}
