/**
 * Statistical Russian name tagger: persons, places and organisations, from averaged structured
 * perceptrons over word, shape, affix, morphology (az) and country-name features of each token
 * and its neighbours, trained on the factRuEval-2016 devset by `scripts/train-name-tagger.ts`;
 * the model ships as `src/lang/ru/name-tagger.model.json.gz`. Each line of a text is tagged on
 * its own, then the text's names are made consistent (tagger/document.ts).
 *
 * Conventions learnt from the corpus (its track-1 mentions): a LocOrg — a country or city
 * acting as a body (`Россия заявила`) — is a place; an organisation's span takes its
 * descriptor and any place or person inside its name (`мэрии Москвы`, `компании «Северсталь»`,
 * `Министерства иностранных дел Франции`); a job title is not part of a person's name.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../model.js';
import { loadMorphology } from '../../lang/ru/morphology.js';
import { loadGazetteer } from './tagger/features.js';
import { propagateNames } from './tagger/document.js';
import { NameTaggerModel } from './tagger/model.js';
import type { EntityLabel } from './tagger/sequence.js';
import { spansWithin } from '../../util/spans.js';

export interface TaggedName {
  start: number;
  end: number;
  type: EntityType;
  /** The tagger's probability for the span's tags, averaged over its tokens. */
  confidence: number;
}

const MODEL_NAME = 'name-tagger.model.json.gz';

/**
 * Where the model is: beside the Russian resources in `src/lang/ru/`. The compiler copies no
 * data files, so code built into `dist/` reads it from `src/` too.
 */
export function nameTaggerModelPath(): string {
  const candidates = [
    new URL(`../../lang/ru/${MODEL_NAME}`, import.meta.url),
    new URL(`../../../src/lang/ru/${MODEL_NAME}`, import.meta.url),
  ].map((url) => fileURLToPath(url));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`name tagger model not found (looked for ${candidates.join(', ')}): run scripts/train-name-tagger.ts`);
  return found;
}

const TYPES: Record<EntityLabel, EntityType> = { PER: 'person', LOC: 'place', ORG: 'org' };

let model: NameTaggerModel | undefined;
let loading: Promise<void> | undefined;

/** Loads the morphology, the country gazetteer and the model, once; later calls share the first. */
export function loadNameTagger(): Promise<void> {
  loading ??= (async () => {
    await loadMorphology();
    model = NameTaggerModel.read(nameTaggerModelPath(), loadGazetteer());
  })();
  return loading;
}

/** The names of the text last asked about: its passages are asked about one after another. */
let lastText: string | undefined;
let lastNames: TaggedName[] = [];

/** Every name of a text, its lines tagged one by one and then read together (see tagger/document.ts). */
function tagText(tagger: NameTaggerModel, text: string): TaggedName[] {
  const lines = [...text.matchAll(/[^\n]+/g)].map((match) => tagger.tagLine(text, match.index, match.index + match[0].length));
  propagateNames(lines);
  return lines.flatMap((line) =>
    line.names.map(({ start, end, label, confidence }) => ({
      start: line.starts[start]!,
      end: line.ends[end - 1]!,
      type: TYPES[label],
      confidence,
    })),
  );
}

/**
 * Names in the passage `text[start, end)`, offsets into `text`, in order. The whole text is the
 * context (a name found in one passage helps read it in another): it is tagged line by line on
 * the first call about it, and the following calls about the same text reuse that work.
 * Requires `loadNameTagger()` to have finished.
 */
export function tagNames(text: string, start: number, end: number): TaggedName[] {
  if (!model) throw new Error('tagNames called before loadNameTagger() finished');
  const from = Math.max(0, start);
  const to = Math.min(text.length, end);
  if (from >= to) return [];
  if (text !== lastText) {
    lastNames = tagText(model, text);
    lastText = text;
  }
  return spansWithin(lastNames, from, to);
}

