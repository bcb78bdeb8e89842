/**
 * `dossier extract`: files → read → normalize → segment → annotate → resolve, as one corpus,
 * without a store; the result in the shape DESIGN.md gives.
 */
import type { AnnotatedSource, ClaimGroup, DateMention, DocumentRecord, Lang, QuantityMention, Resolution, WorkCitation, WorkRecord } from '../model.js';
import { analyzeFile } from '../ingest/analyze.js';
import { annotate, prepareRecognizers } from '../annotate/index.js';
import { resolve } from '../resolve/index.js';
import { ReadError } from '../read/errors.js';

export interface SpanRef {
  source: string;
  start: number;
  end: number;
  text: string;
}

export interface ExtractReport {
  sources: Array<{ id: string; path: string; lang: Lang; text: string }>;
  entities: Array<{
    id: string;
    type: string;
    label: string;
    aliases: string[];
    attributes: Record<string, unknown>;
    mentions: SpanRef[];
  }>;
  dates: Array<SpanRef & { edtf: string; inferred: boolean; calendar?: string }>;
  quantities: Array<SpanRef & { value: number; unit?: string; item?: string; approximate: boolean }>;
  documents: Array<{
    id: string;
    type: string;
    date?: string;
    inferred?: boolean;
    senders: string[];
    recipients: string[];
    senderRoles?: string[];
    recipientRoles?: string[];
    archive?: string;
    signedAt?: string;
    title?: string;
    holdings: DocumentRecord['holdings'];
    citations: SpanRef[];
  }>;
  /** Works cited or listed in a bibliography, one per real work; citations with the pages they point to. */
  works: Array<Omit<WorkRecord, 'citations'> & { citations: Array<SpanRef & Pick<WorkCitation, 'form' | 'pages'>> }>;
  /** Quantities and document dates grouped by what they speak of, conflicts first. */
  claims: ClaimGroup[];
}

export interface ExtractFailure {
  path: string;
  error: string;
}

export interface Extraction {
  sources: AnnotatedSource[];
  resolution: Resolution;
  failures: ExtractFailure[];
}

/** Analyses every file; a file that cannot be read is reported and the rest go on. */
export async function extractFiles(
  paths: readonly string[],
  onFile: (path: string, error?: Error) => void = () => {},
): Promise<Extraction> {
  const sources: AnnotatedSource[] = [];
  const failures: ExtractFailure[] = [];
  await prepareRecognizers();
  for (const path of paths) {
    try {
      sources.push(annotate(await analyzeFile(path)));
      onFile(path);
    } catch (error) {
      // One file that cannot be read or analysed is reported; the rest of the corpus goes on.
      const failure = error instanceof ReadError ? error : new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      failures.push({ path, error: failure.message });
      onFile(path, failure);
    }
  }
  return { sources, resolution: resolve(sources), failures };
}

export function toReport({ sources, resolution }: Extraction): ExtractReport {
  const report: ExtractReport = { sources: [], entities: [], dates: [], quantities: [], documents: [], works: [], claims: resolution.claims };
  const mentionsOf = new Map<string, SpanRef[]>();
  for (const source of sources) {
    report.sources.push({ id: source.id, path: source.path, lang: source.languages[0] ?? 'und', text: source.text });
    source.mentions.forEach((mention, index) => {
      const ref: SpanRef = { source: source.id, start: mention.start, end: mention.end, text: mention.text };
      if (mention.kind === 'date') report.dates.push(dateEntry(ref, mention));
      else if (mention.kind === 'quantity') report.quantities.push(quantityEntry(ref, mention));
      else if (mention.kind === 'person' || mention.kind === 'place' || mention.kind === 'org') {
        const entity = resolution.links.get(`${source.id}:${index}`);
        if (!entity) return;
        const list = mentionsOf.get(entity) ?? [];
        list.push(ref);
        mentionsOf.set(entity, list);
      }
    });
  }
  for (const entity of resolution.entities) {
    report.entities.push({
      id: entity.id,
      type: entity.type,
      label: entity.label,
      aliases: entity.aliases.map((alias) => alias.text).filter((text, i, all) => all.indexOf(text) === i),
      attributes: entity.attributes,
      mentions: mentionsOf.get(entity.id) ?? [],
    });
  }
  report.documents = resolution.documents.map(documentEntry);
  report.works = resolution.works.map(({ citations, ...work }) => ({
    ...work,
    citations: citations.map(({ source, start, end, text, form, pages }) => ({ source, start, end, text, form, ...(pages ? { pages } : {}) })),
  }));
  return report;
}

function documentEntry(record: DocumentRecord): ExtractReport['documents'][number] {
  const archive = record.holdings.find((holding) => holding.archive)?.archive;
  return {
    id: record.id,
    type: record.type,
    ...(record.date ? { date: record.date.edtf, inferred: record.date.inferred } : {}),
    senders: record.senders,
    recipients: record.recipients,
    ...(record.senderRoles.length ? { senderRoles: record.senderRoles } : {}),
    ...(record.recipientRoles.length ? { recipientRoles: record.recipientRoles } : {}),
    ...(archive ? { archive } : {}),
    ...(record.signedAt ? { signedAt: record.signedAt.label } : {}),
    ...(record.title ? { title: record.title } : {}),
    holdings: record.holdings,
    citations: record.citations.map(({ source, start, end, text }) => ({ source, start, end, text })),
  };
}

function dateEntry(ref: SpanRef, mention: DateMention): ExtractReport['dates'][number] {
  const { edtf, inferred, calendar } = mention.value;
  return { ...ref, edtf, inferred, ...(calendar ? { calendar } : {}) };
}

function quantityEntry(ref: SpanRef, mention: QuantityMention): ExtractReport['quantities'][number] {
  const { value, unit, item, approximate } = mention.value;
  return { ...ref, value, ...(unit ? { unit } : {}), ...(item ? { item } : {}), approximate };
}
