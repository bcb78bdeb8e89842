/**
 * One source as TEI P5: its normalized text, paragraph by paragraph, with the names, dates and
 * quantities found in it marked inline, and the entities they refer to listed in `standOff`.
 * `schemas/tei-subset.rng` describes every element and attribute this writes.
 */
import { basename } from 'node:path';
import { create } from 'xmlbuilder2';
import type { DateMention, Entity, Mention, QuantityMention } from '../model.js';
import type { LinkedMention } from '../store/store.js';
import { cmifDate } from './cmif.js';
import { authorityUris, isResolvedName, type ExportedSource, type ResolvedName } from './sources.js';

type XMLBuilder = ReturnType<typeof create>;

const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';
/** Characters XML cannot hold become U+FFFD, one for one, so that offsets and lengths stay true. */
const REPLACEMENT = '\uFFFD';

export interface TeiOptions {
  /** The moment of the export, written into the header. */
  exportedAt: Date;
}

export interface TeiResult {
  text: string;
  /** Mentions marked inline (each once, however many fragments an overlap cut it into). */
  mentions: number;
}

type Inlined = ResolvedName | DateMention | QuantityMention;

const NAME_ELEMENTS = { person: 'persName', place: 'placeName', org: 'orgName' } as const;

/** Names with an entity, dates and quantities: what TEI marks inline. Documents, citations and works are not. */
function isInlined(mention: LinkedMention): mention is Inlined & LinkedMention {
  return isResolvedName(mention) || mention.kind === 'date' || mention.kind === 'quantity';
}

/** A stretch of the text that becomes one element: a paragraph, or a mention or a fragment of one. */
interface Span {
  start: number;
  end: number;
  /** Index of the mention among the inlined ones; undefined for paragraphs. */
  mention?: number;
}

interface Node {
  span: Span;
  children: Node[];
}

export function toTei(exported: ExportedSource, options: TeiOptions): TeiResult {
  const { source } = exported;
  const inlined = exported.mentions.filter(isInlined);
  const blocks = blocksOf(source.text, source.passageList);
  const fragments = fragmentsOf(inlined, blocks);

  const trees = blocks.map((block) => ({ block, nodes: nest(block, fragments.get(block) ?? []) }));
  const ids = fragmentIds(trees.flatMap((tree) => tree.nodes));

  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: REPLACEMENT }).ele(TEI_NAMESPACE, 'TEI');
  writeHeader(root.ele('teiHeader'), exported, options);
  const body = root.ele('text').ele('body');
  let cursor = 0;
  for (const { block, nodes } of trees) {
    // Between paragraphs there is only white space: it stays as text of the body, so the body's text is the source's.
    if (block.start > cursor) body.txt(source.text.slice(cursor, block.start));
    const paragraph = body.ele('p', block.lang ? { 'xml:lang': block.lang } : {});
    writeChildren(paragraph, nodes, block.start, block.end, source.text, (span, parent) =>
      inlineElement(parent, inlined[span.mention!]!, ids.get(span)!, exported.entities),
    );
    cursor = block.end;
  }
  if (cursor < source.text.length) body.txt(source.text.slice(cursor));
  writeStandOff(root, inlined, exported.entities);
  // A carriage return written as itself would be read back as a line feed: it is written as a reference.
  return { text: root.end({ prettyPrint: false }).replaceAll('\r', '&#xD;'), mentions: inlined.length };
}

interface Block extends Span {
  lang?: string;
}

/** The passages, and any stretch between them that is not white space (so that no text is lost), as paragraphs. */
function blocksOf(text: string, passages: ReadonlyArray<{ start: number; end: number; lang: string }>): Block[] {
  const blocks: Block[] = [];
  let cursor = 0;
  const gap = (end: number) => {
    const between = text.slice(cursor, end);
    if (between.trim().length > 0) blocks.push({ start: cursor + (between.length - between.trimStart().length), end: end - (between.length - between.trimEnd().length) });
  };
  for (const passage of [...passages].sort((a, b) => a.start - b.start)) {
    if (passage.start < cursor || passage.end <= passage.start) continue;
    gap(passage.start);
    blocks.push({ start: passage.start, end: passage.end, lang: passage.lang });
    cursor = passage.end;
  }
  gap(text.length);
  return blocks;
}

/** Each mention cut at paragraph ends: a mention running across two paragraphs is a fragment in each. */
function fragmentsOf(mentions: readonly Mention[], blocks: readonly Block[]): Map<Block, Span[]> {
  const byBlock = new Map<Block, Span[]>();
  mentions.forEach((mention, index) => {
    for (const block of blocks) {
      const start = Math.max(mention.start, block.start);
      const end = Math.min(mention.end, block.end);
      if (start < end) byBlock.set(block, [...(byBlock.get(block) ?? []), { start, end, mention: index }]);
    }
  });
  return byBlock;
}

function inDocumentOrder(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.mention! - b.mention!;
}

/**
 * The spans of a paragraph as a tree. XML elements cannot overlap, so the rule is: the span that
 * starts first (or, starting together, the longer) keeps its element whole; a span that begins
 * inside it and ends after it is cut where it ends, and the rest is placed after it, again by the
 * same rule. The pieces of one mention are linked by `prev`/`next`, and together cover exactly
 * its words.
 */
function nest(block: Block, spans: readonly Span[]): Node[] {
  const root: Node = { span: block, children: [] };
  const pending = [...spans].sort(inDocumentOrder);
  const open: Node[] = [root];
  while (pending.length > 0) {
    let span = pending.shift()!;
    while (open.length > 1 && open.at(-1)!.span.end <= span.start) open.pop();
    const parent = open.at(-1)!;
    if (span.end > parent.span.end) {
      const rest = { ...span, start: parent.span.end };
      const at = pending.findIndex((other) => inDocumentOrder(rest, other) < 0);
      pending.splice(at < 0 ? pending.length : at, 0, rest);
      span = { ...span, end: parent.span.end };
    }
    const node: Node = { span, children: [] };
    parent.children.push(node);
    open.push(node);
  }
  return root.children;
}

interface FragmentId {
  id: string;
  prev?: string;
  next?: string;
}

/** Names the pieces of each mention in document order, `m3`, then `m3.2`, `m3.3`…, each pointing to its neighbours. */
function fragmentIds(nodes: readonly Node[]): Map<Span, FragmentId> {
  const pieces = new Map<number, Span[]>();
  const visit = (node: Node) => {
    pieces.set(node.span.mention!, [...(pieces.get(node.span.mention!) ?? []), node.span]);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  const ids = new Map<Span, FragmentId>();
  for (const [mention, spans] of pieces) {
    const name = (k: number) => (k === 0 ? `m${mention}` : `m${mention}.${k + 1}`);
    spans.forEach((span, k) =>
      ids.set(span, {
        id: name(k),
        ...(k > 0 ? { prev: `#${name(k - 1)}` } : {}),
        ...(k < spans.length - 1 ? { next: `#${name(k + 1)}` } : {}),
      }),
    );
  }
  return ids;
}

function writeChildren(
  parent: XMLBuilder,
  children: readonly Node[],
  start: number,
  end: number,
  text: string,
  element: (span: Span, parent: XMLBuilder) => XMLBuilder,
): void {
  let cursor = start;
  for (const child of children) {
    if (child.span.start > cursor) parent.txt(text.slice(cursor, child.span.start));
    writeChildren(element(child.span, parent), child.children, child.span.start, child.span.end, text, element);
    cursor = child.span.end;
  }
  if (end > cursor) parent.txt(text.slice(cursor, end));
}

/** The element of a mention (or a piece of one), with what the mention means as attributes. */
function inlineElement(parent: XMLBuilder, mention: Inlined, fragment: FragmentId, entities: ReadonlyMap<string, Entity>): XMLBuilder {
  const linking: Record<string, string> = { 'xml:id': fragment.id, ...(fragment.prev ? { prev: fragment.prev } : {}), ...(fragment.next ? { next: fragment.next } : {}) };
  if (mention.kind === 'date') {
    // A value that covers no definite span (`XXXX-08-18`) is still marked as a date, without normalized attributes.
    const { edtf, inferred } = mention.value;
    return parent.ele('date', { ...linking, ...(cmifDate(edtf, inferred) ?? {}) });
  }
  if (mention.kind === 'quantity') {
    const { value, unit, item, approximate } = mention.value;
    return parent.ele('measure', {
      ...linking,
      quantity: String(value),
      // TEI's unit is one word: `gold ruble` is written `gold_ruble`.
      ...(unit ? { unit: unit.trim().replace(/\s+/g, '_') } : {}),
      ...(item ? { commodity: item } : {}),
      ...(approximate ? { cert: 'low' } : {}),
    });
  }
  const ref = [`#${mention.entity.id}`, ...authorityUris(entities.get(mention.entity.id))].join(' ');
  return parent.ele(NAME_ELEMENTS[mention.kind], { ...linking, ref });
}

function writeHeader(header: XMLBuilder, { source }: ExportedSource, options: TeiOptions): void {
  const fileDesc = header.ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt(source.title);
  fileDesc
    .ele('publicationStmt')
    .ele('p')
    .txt(
      `Exported by Dossier on ${options.exportedAt.toISOString().slice(0, 10)}. The body is the source's normalized text, ` +
        'whole and unchanged; names, dates and quantities found in it are marked inline, and the entities the names refer to are listed in standOff.',
    );
  const bibl = fileDesc.ele('sourceDesc').ele('bibl');
  bibl.ele('title').txt(source.title);
  // The file's name only: where it lay on the researcher's disk is no part of a file meant for others.
  bibl.ele('idno', { type: 'filename' }).txt(basename(source.path));
  bibl.ele('idno', { type: 'sha256' }).txt(source.id);
  bibl.ele('note').txt(`${source.format} file, ${source.encoding}, ${source.bytes} bytes; ${source.chars} characters of normalized text in ${source.passages} paragraphs.`);
  if (source.languages.length > 0) {
    const langUsage = header.ele('profileDesc').ele('langUsage');
    for (const lang of source.languages) langUsage.ele('language', { ident: lang });
  }
}

/** The entities the names refer to, each once, by type: persons with every form of their name, places with coordinates. */
function writeStandOff(root: XMLBuilder, inlined: readonly Inlined[], entities: ReadonlyMap<string, Entity>): void {
  const referred = [...new Set(inlined.filter(isResolvedName).map((mention) => mention.entity.id))]
    .map((id) => entities.get(id))
    .filter((entity): entity is Entity => entity !== undefined)
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  if (referred.length === 0) return;
  const standOff = root.ele('standOff');
  const lists = [
    { type: 'person', list: 'listPerson', item: 'person' },
    { type: 'place', list: 'listPlace', item: 'place' },
    { type: 'org', list: 'listOrg', item: 'org' },
  ] as const;
  for (const { type, list, item } of lists) {
    const ofType = referred.filter((entity) => entity.type === type);
    if (ofType.length === 0) continue;
    const listElement = standOff.ele(list);
    for (const entity of ofType) {
      const element = listElement.ele(item, { 'xml:id': entity.id });
      const name = NAME_ELEMENTS[type];
      element.ele(name, { type: 'main' }).txt(entity.label);
      const variants = new Map(entity.aliases.filter((alias) => alias.text !== entity.label).map((alias) => [alias.text, alias.lang]));
      for (const [text, lang] of variants) element.ele(name, { type: 'variant', ...(lang ? { 'xml:lang': lang } : {}) }).txt(text);
      const coordinates = entity.attributes.coordinates;
      if (type === 'place' && coordinates) element.ele('location').ele('geo').txt(`${coordinates.lat} ${coordinates.lon}`);
      for (const uri of authorityUris(entity)) element.ele('idno', { type: 'URI' }).txt(uri);
    }
  }
}
