/**
 * The annotate stage: recognizers run in order over one analysed source, each seeing the
 * mentions of those before it, and each adding its own.
 */
import type { AnalyzedSource, AnnotatedSource, Mention, MentionKind, Recognizer } from '../model.js';
import { citations } from './citations.js';
import { dates } from './dates.js';
import { documents } from './documents.js';
import { names } from './names.js';
import { quantities } from './quantities.js';

/** In running order: later recognizers may skip spans that earlier ones took. */
export const recognizers: readonly Recognizer[] = [dates, quantities, names, documents, citations];

/**
 * Raised whenever a recognizer's output may change, so that stored sources are annotated
 * again on the next ingest; the names of the recognizers in use are part of the version.
 */
const RECOGNIZERS_REVISION = 4;
export const ANNOTATOR_VERSION = `${RECOGNIZERS_REVISION}:${recognizers.map((recognizer) => recognizer.name).join('+')}`;

/** Loads the recognizers' dictionaries and models; call once before `annotate`. */
export async function prepareRecognizers(using: readonly Recognizer[] = recognizers): Promise<void> {
  await Promise.all(using.map((recognizer) => recognizer.prepare?.()));
}

export function annotate(source: AnalyzedSource, using: readonly Recognizer[] = recognizers): AnnotatedSource {
  let mentions: Mention[] = [];
  for (const recognizer of using) {
    const found = recognizer.recognize({
      id: source.id,
      text: source.text,
      passages: source.passages,
      languages: source.languages,
      mentions,
    });
    mentions = mergeByStart(mentions, found);
  }
  return { ...source, mentions };
}

/** The kinds of mention the given recognizers can produce. */
export function recognizedKinds(using: readonly Recognizer[] = recognizers): Set<MentionKind> {
  return new Set(using.flatMap((recognizer) => recognizer.kinds));
}

function mergeByStart(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  return [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
}
