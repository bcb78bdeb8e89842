/**
 * `dossier eval`: the gold texts are extracted as one corpus, then every category the
 * gold annotates is scored; a category without a recognizer is reported as such.
 */
import type { AnnotatedSource, EntityType, MentionKind } from '../model.js';
import type { Extraction } from '../extract/index.js';
import type { GoldEntity, GoldFile } from './gold.js';
import { collapseSpaces } from './locate.js';
import {
  scoreDates,
  scoreLinking,
  scoreNames,
  scoreDocuments,
  scoreQuantities,
  type LinkingInput,
  type SystemDocument,
  type Miss,
  type Score,
} from './score.js';

export type Category = 'persons' | 'places' | 'orgs' | 'linking' | 'dates' | 'quantities' | 'documents';

export const CATEGORIES: readonly Category[] = ['persons', 'places', 'orgs', 'linking', 'dates', 'quantities', 'documents'];

const ENTITY_CATEGORIES: ReadonlyArray<readonly [Category & ('persons' | 'places' | 'orgs'), EntityType]> = [
  ['persons', 'person'],
  ['places', 'place'],
  ['orgs', 'org'],
];

export type CategoryResult =
  | { category: Category; status: 'no-gold' | 'no-recognizer' }
  | {
      category: Category;
      status: 'scored';
      /** Files whose gold annotates this category. */
      files: number;
      score: Score;
      /** Dates: share of matched spans with the right EDTF; quantities: span F1 before values are compared. */
      valueAccuracy?: number;
      spanScore?: Score;
      misses: Array<Miss & { file: string }>;
    };

export interface EvalReport {
  files: Array<{ gold: string; text: string }>;
  categories: CategoryResult[];
}

/**
 * Scores the extraction of the gold texts. `sourceOf` maps each gold file to the analysed
 * source of its text (undefined when the text could not be read).
 */
export function evaluate(
  gold: readonly GoldFile[],
  extraction: Extraction,
  sourceOf: (file: GoldFile) => AnnotatedSource | undefined,
  recognized: ReadonlySet<MentionKind>,
): EvalReport {
  const pairs = gold.flatMap((file) => {
    const source = sourceOf(file);
    return source ? [{ file, source }] : [];
  });
  const categories: CategoryResult[] = CATEGORIES.map((category) => {
    const annotated = pairs.filter(({ file }) => goldOf(file, category) !== undefined);
    if (annotated.length === 0) return { category, status: 'no-gold' };
    if (!isRecognized(category, recognized)) return { category, status: 'no-recognizer' };
    const withFile = (misses: Miss[]) => misses.map((miss) => ({ ...miss, file: annotated[miss.text]!.file.path }));
    switch (category) {
      case 'dates': {
        const result = scoreDates(
          annotated.map(({ file, source }) => ({ normalizedText: source.text, dates: file.dates! })),
          annotated.map(({ source }) =>
            source.mentions.flatMap((m) => (m.kind === 'date' ? [{ start: m.start, end: m.end, text: m.text, edtf: m.value.edtf }] : [])),
          ),
        );
        return { category, status: 'scored', files: annotated.length, score: result, valueAccuracy: result.valueAccuracy, misses: withFile(result.misses) };
      }
      case 'quantities': {
        const result = scoreQuantities(
          annotated.map(({ file, source }) => ({ normalizedText: source.text, quantities: file.quantities! })),
          annotated.map(({ source }) =>
            source.mentions.flatMap((m) => (m.kind === 'quantity' ? [{ start: m.start, end: m.end, text: m.text, ...m.value }] : [])),
          ),
        );
        return { category, status: 'scored', files: annotated.length, score: result.strict, spanScore: result, misses: withFile(result.misses) };
      }
      case 'linking': {
        const result = scoreLinking(annotated.map(({ file, source }) => linkingInput(file, source, extraction)));
        return { category, status: 'scored', files: annotated.length, score: result, misses: withFile(result.misses) };
      }
      case 'documents': {
        const result = scoreDocuments(
          annotated.map(({ file }) => file.documents!),
          annotated.map(({ file, source }) => systemDocuments(file, source, extraction)),
        );
        return { category, status: 'scored', files: annotated.length, score: result, misses: withFile(result.misses) };
      }
      default: {
        const type = ENTITY_CATEGORIES.find(([name]) => name === category)![1];
        const result = scoreNames(
          annotated.map(({ file }) => goldOf(file, category) as GoldEntity[]),
          annotated.map(({ source }) => source.mentions.filter((m) => m.kind === type).map((m) => m.text)),
        );
        return { category, status: 'scored', files: annotated.length, score: result, misses: withFile(result.misses) };
      }
    }
  });
  return { files: pairs.map(({ file, source }) => ({ gold: file.path, text: source.path })), categories };
}

function goldOf(file: GoldFile, category: Category): unknown[] | undefined {
  if (category === 'linking') {
    const lists = [file.persons, file.places, file.orgs].filter((list) => list !== undefined);
    return lists.length ? lists.flat() : undefined;
  }
  return file[category];
}

function isRecognized(category: Category, recognized: ReadonlySet<MentionKind>): boolean {
  switch (category) {
    case 'dates':
      return recognized.has('date');
    case 'quantities':
      return recognized.has('quantity');
    case 'documents':
      return recognized.has('document');
    case 'linking':
      return ENTITY_CATEGORIES.some(([, type]) => recognized.has(type));
    default:
      return recognized.has(ENTITY_CATEGORIES.find(([name]) => name === category)![1]);
  }
}

function linkingInput(file: GoldFile, source: AnnotatedSource, extraction: Extraction): LinkingInput {
  const gold = ENTITY_CATEGORIES.flatMap(([category, type]) => (file[category] ?? []).map((entity) => ({ type, entity })));
  const votes = new Map<string, Map<string, number>>();
  source.mentions.forEach((mention, index) => {
    const entity = extraction.resolution.links.get(`${source.id}:${index}`);
    if (!entity) return;
    const form = collapseSpaces(mention.text);
    const tally = votes.get(form) ?? new Map<string, number>();
    tally.set(entity, (tally.get(entity) ?? 0) + 1);
    votes.set(form, tally);
  });
  const systemEntityOfForm = new Map<string, string>();
  for (const [form, tally] of votes) {
    systemEntityOfForm.set(form, [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  }
  return { gold, systemEntityOfForm };
}

/** The records cited in this text, their parties named by the gold canonical that the forms of their mentions here carry. */
function systemDocuments(file: GoldFile, source: AnnotatedSource, extraction: Extraction): SystemDocument[] {
  const canonicalOfForm = new Map<string, string>();
  for (const [category] of ENTITY_CATEGORIES) {
    for (const entity of file[category] ?? []) for (const form of entity.forms) canonicalOfForm.set(collapseSpaces(form), entity.canonical);
  }
  const votes = new Map<string, Map<string, number>>();
  source.mentions.forEach((mention, index) => {
    const entity = extraction.resolution.links.get(`${source.id}:${index}`);
    const canonical = canonicalOfForm.get(collapseSpaces(mention.text));
    if (!entity || !canonical) return;
    const tally = votes.get(entity) ?? new Map<string, number>();
    tally.set(canonical, (tally.get(canonical) ?? 0) + 1);
    votes.set(entity, tally);
  });
  const labels = new Map(extraction.resolution.entities.map((entity) => [entity.id, entity.label]));
  const canonical = (id: string) => {
    const tally = votes.get(id);
    return tally ? [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0] : `?${labels.get(id) ?? id}`;
  };
  return extraction.resolution.documents.flatMap((record) => {
    const citation = record.citations.find((each) => each.source === source.id);
    if (!citation) return [];
    return [{
      type: record.type,
      ...(record.date ? { date: record.date.edtf } : {}),
      senders: record.senders.map(canonical),
      recipients: record.recipients.map(canonical),
      text: collapseSpaces(citation.text),
    }];
  });
}
