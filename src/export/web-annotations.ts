/**
 * Names as W3C Web Annotations (JSON-LD), in the shape Recogito exports: one annotation per name
 * mention, its target the source's normalized text with a quote (exact, prefix, suffix) and a
 * position, its body the entity (identifying: a URI and label) and its type (tagging).
 */
import type { Entity } from '../model.js';
import { authorityUris, isResolvedName, type ExportedSource } from './sources.js';

/** The context the annotations are written in; `contexts/anno.jsonld` holds the terms of it this file uses. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of text around a quote, enough to find it again when the same words occur elsewhere. */
const QUOTE_CONTEXT = 32;

export interface WebAnnotationOptions {
  /** Where the file is published: the collection is `annotations.jsonld` under it, sources `source/<id>`, entities `entity/<id>`. */
  baseUri: string;
  exportedAt: Date;
}

export interface WebAnnotationResult {
  text: string;
  annotations: number;
}

interface Selector {
  type: 'TextQuoteSelector' | 'TextPositionSelector';
  [field: string]: unknown;
}

export function toWebAnnotations(sources: readonly ExportedSource[], options: WebAnnotationOptions): WebAnnotationResult {
  const uri = (path: string) => new URL(path, options.baseUri).href;
  const created = options.exportedAt.toISOString();
  const items = sources.flatMap((exported) => annotationsOf(exported, uri, created));
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    id: uri('annotations.jsonld'),
    type: 'AnnotationCollection',
    label: `Names in ${sources.length} source${sources.length === 1 ? '' : 's'}, exported by Dossier`,
    total: items.length,
    first: { id: uri('annotations.jsonld#page1'), type: 'AnnotationPage', items },
  };
  return { text: `${JSON.stringify(collection, null, 2)}\n`, annotations: items.length };
}

function annotationsOf(exported: ExportedSource, uri: (path: string) => string, created: string): object[] {
  const { source } = exported;
  const points = codePoints(source.text);
  const target = {
    id: uri(`source/${source.id}/text`),
    type: 'Text',
    format: 'text/plain',
    // The offsets are those of this text, which is what `dossier show` prints, not of the file as it was read.
    label: `${source.title}: the normalized text (id ${source.id}, the SHA-256 of that text); positions count its Unicode code points from 0`,
  };
  return exported.mentions.filter(isResolvedName).map((mention) => {
    const start = points.at(mention.start);
    const end = points.at(mention.end);
    const selectors: Selector[] = [
      {
        type: 'TextQuoteSelector',
        exact: mention.text,
        prefix: points.slice(Math.max(0, start - QUOTE_CONTEXT), start),
        suffix: points.slice(end, end + QUOTE_CONTEXT),
      },
      { type: 'TextPositionSelector', start, end },
    ];
    const entity = exported.entities.get(mention.entity.id);
    return {
      id: uri(`annotation/${source.id}/${mention.start}-${mention.end}-${mention.kind}`),
      type: 'Annotation',
      motivation: 'identifying',
      created,
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: mention.kind },
        ...entityUris(mention.entity.id, entity, uri).map((id) => ({
          type: 'SpecificResource',
          purpose: 'identifying',
          source: { id, label: mention.entity.label },
        })),
      ],
      target: { source: target, selector: selectors },
    };
  });
}

/** The entity in this export, then the authority records it is known by (Wikidata, GeoNames). */
function entityUris(id: string, entity: Entity | undefined, uri: (path: string) => string): string[] {
  return [uri(`entity/${id}`), ...authorityUris(entity)];
}

/** A text's offsets in code points rather than UTF-16 units, as the Web Annotation model counts them. */
function codePoints(text: string): { at(offset: number): number; slice(start: number, end: number): string } {
  // Nearly every text has no character outside the Basic Multilingual Plane: then the two counts agree.
  if (!/[\uD800-\uDFFF]/.test(text)) return { at: (offset) => offset, slice: (start, end) => text.slice(start, end) };
  const characters = Array.from(text);
  const pointAt = new Int32Array(text.length + 1);
  let unit = 0;
  characters.forEach((character, point) => {
    for (let k = 0; k < character.length; k++) pointAt[unit + k] = point;
    unit += character.length;
  });
  pointAt[text.length] = characters.length;
  return { at: (offset) => pointAt[offset]!, slice: (start, end) => characters.slice(start, end).join('') };
}
