/**
 * Web Annotations: the seeds' names exported as JSON-LD, expanded by the jsonld package with a
 * document loader that serves only the bundled Web Annotation context (no network), and every
 * selector checked against the source's normalized text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { readExportedSources, type ExportedSource } from '../../src/export/sources.js';
import { ANNOTATION_CONTEXT, toWebAnnotations } from '../../src/export/web-annotations.js';
import type { LinkedMention } from '../../src/store/store.js';
import { storeOnSeeds, type StoreFixture } from './api-fixture.js';
import { sourceOf } from './store-fixtures.js';

const OA = 'http://www.w3.org/ns/oa#';
const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value';
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const CONTEXT = JSON.parse(readFileSync(new URL('../../src/export/contexts/anno.jsonld', import.meta.url), 'utf8')) as object;
const OPTIONS = { baseUri: 'https://letters.example.org/', exportedAt: new Date('2024-05-06T07:08:09Z') };

/** Serves the bundled context and nothing else: a test never reaches the network. */
async function offlineLoader(url: string) {
  if (url !== ANNOTATION_CONTEXT) throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
}

type Node = Record<string, unknown>;

/** The expanded document, in safe mode: a term the context does not define is an error, not silently dropped. */
async function expand(text: string): Promise<Node[]> {
  return (await jsonld.expand(JSON.parse(text) as object, { documentLoader: offlineLoader, safe: true } as jsonld.Options.Expand)) as Node[];
}

function values(node: Node, property: string): Node[] {
  return (node[property] as Node[] | undefined) ?? [];
}

function value(node: Node, property: string): unknown {
  return values(node, property)[0]?.['@value'];
}

interface Read {
  id: string;
  source: string;
  tag: unknown;
  identifying: Array<{ id: string; label: unknown }>;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Every annotation of an expanded collection, with what its body and selectors say. */
function annotations(expanded: Node[]): Read[] {
  const [collection] = expanded;
  const [page] = values(collection!, 'http://www.w3.org/ns/activitystreams#first');
  const items = (values(page!, 'http://www.w3.org/ns/activitystreams#items')[0]!['@list'] as Node[]);
  return items.map((annotation) => {
    assert.deepEqual(annotation['@type'], [`${OA}Annotation`]);
    const bodies = values(annotation, `${OA}hasBody`);
    const [target] = values(annotation, `${OA}hasTarget`);
    const selectors = values(target!, `${OA}hasSelector`);
    const quote = selectors.find((selector) => (selector['@type'] as string[]).includes(`${OA}TextQuoteSelector`))!;
    const position = selectors.find((selector) => (selector['@type'] as string[]).includes(`${OA}TextPositionSelector`))!;
    const purpose = (body: Node) => (values(body, `${OA}hasPurpose`)[0]?.['@id']);
    return {
      id: annotation['@id'] as string,
      source: values(target!, `${OA}hasSource`)[0]!['@id'] as string,
      tag: value(bodies.find((body) => purpose(body) === `${OA}tagging`)!, RDF_VALUE),
      identifying: bodies.filter((body) => purpose(body) === `${OA}identifying`).map((body) => {
        const [resource] = values(body, `${OA}hasSource`);
        return { id: resource!['@id'] as string, label: value(resource!, LABEL) };
      }),
      exact: value(quote, `${OA}exact`) as string,
      prefix: value(quote, `${OA}prefix`) as string,
      suffix: value(quote, `${OA}suffix`) as string,
      start: Number(value(position, `${OA}start`)),
      end: Number(value(position, `${OA}end`)),
    };
  });
}

/** The selectors against the text they refer to: positions (in code points) slice it to the quote, with the quote's neighbours. */
function assertSelectorsFit(read: Read, text: string): void {
  const points = Array.from(text);
  assert.equal(points.slice(read.start, read.end).join(''), read.exact, read.id);
  assert.equal(points.slice(Math.max(0, read.start - read.prefix.length), read.start).join(''), read.prefix, read.id);
  assert.equal(points.slice(read.end, read.end + Array.from(read.suffix).length).join(''), read.suffix, read.id);
}

describe('Web Annotations of the seeds', () => {
  let fixture: StoreFixture;
  const sources: ExportedSource[] = [];
  let read: Read[];
  let result: ReturnType<typeof toWebAnnotations>;
  before(async () => {
    fixture = await storeOnSeeds('dossier-annotations-');
    for await (const exported of readExportedSources(fixture.store)) sources.push(exported);
    result = toWebAnnotations(sources, OPTIONS);
    read = annotations(await expand(result.text));
  });
  after(() => fixture.close());

  it('expands offline with every term defined, one annotation per name linked to an entity', () => {
    const names = sources.flatMap((exported) => exported.mentions.filter((mention) => ['person', 'place', 'org'].includes(mention.kind) && mention.entity));
    assert.ok(names.length > 500);
    assert.equal(read.length, names.length);
    assert.equal(result.annotations, names.length);
    assert.equal(new Set(read.map((annotation) => annotation.id)).size, read.length, 'ids are unique');
  });

  it('has selectors that slice the normalized text to the quoted words', () => {
    const texts = new Map(sources.map((exported) => [`${OPTIONS.baseUri}source/${exported.source.id}/text`, exported.source.text]));
    for (const annotation of read) assertSelectorsFit(annotation, texts.get(annotation.source)!);
  });

  it('identifies the entity by its URI and label and tags its type', () => {
    const byOffset = new Map(sources.flatMap((exported) => exported.mentions.map((mention) => [`${exported.source.id}/${mention.start}-${mention.end}-${mention.kind}`, { mention, exported }] as const)));
    let withAuthority = 0;
    for (const annotation of read) {
      const found = byOffset.get(annotation.id.replace(`${OPTIONS.baseUri}annotation/`, ''))!;
      const entity = found.mention.entity!;
      assert.equal(annotation.tag, found.mention.kind);
      assert.deepEqual(annotation.identifying[0], { id: `${OPTIONS.baseUri}entity/${entity.id}`, label: entity.label });
      if (annotation.identifying.some((body) => body.id.startsWith('http://www.geonames.org/'))) withAuthority++;
    }
    assert.ok(withAuthority > 50, `${withAuthority} names point to GeoNames`);
  });

  it('would fail on a term the context does not define (safe mode), so none of the export is dropped', async () => {
    const collection = JSON.parse(result.text) as { first: { items: Array<Record<string, unknown>> } };
    collection.first.items[0]!.certainty = 'high';
    await assert.rejects(expand(JSON.stringify(collection)), /safe mode/i);
  });
});

describe('Web Annotations of a text beyond the Basic Multilingual Plane', () => {
  const text = '𝔄𝔫𝔤𝔬𝔯𝔞 🙂 is Ankara; Kars 👍.';
  const source = sourceOf('/archive/astral.txt', [text], 'en');
  const at = (words: string): LinkedMention => ({
    kind: 'place', start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words, confidence: 1, value: { lemma: words },
    entity: { id: `p-${words.length}`, type: 'place', label: words },
  });
  const exported: ExportedSource = {
    source: { ...source, chars: text.length, passages: 1, ingestedAt: OPTIONS.exportedAt.toISOString(), passageList: source.passages },
    mentions: [at('𝔄𝔫𝔤𝔬𝔯𝔞'), at('Ankara'), at('Kars')],
    entities: new Map(),
  };

  it('counts positions in code points, so that they slice the text as the model reads it', async () => {
    const read = annotations(await expand(toWebAnnotations([exported], OPTIONS).text));
    assert.deepEqual(read.map((annotation) => [annotation.exact, annotation.start, annotation.end]), [['𝔄𝔫𝔤𝔬𝔯𝔞', 0, 6], ['Ankara', 12, 18], ['Kars', 20, 24]]);
    for (const annotation of read) assertSelectorsFit(annotation, text);
    assert.equal(read[1]!.prefix, '𝔄𝔫𝔤𝔬𝔯𝔞 🙂 is ');
  });
});
