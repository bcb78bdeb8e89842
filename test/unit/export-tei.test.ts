/**
 * TEI export: every source of the seeds validated against the schema of the subset the export
 * writes (with xmllint), read back with a real XML parser, and its body's text compared with
 * the source's normalized text; overlapping, nested and paragraph-crossing mentions made by hand.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { readExportedSources, type ExportedSource } from '../../src/export/sources.js';
import { toTei } from '../../src/export/tei.js';
import type { Entity, Mention } from '../../src/model.js';
import type { LinkedMention } from '../../src/store/store.js';
import { edtfBounds } from '../../src/util/edtf-bounds.js';
import { storeOnSeeds, type StoreFixture } from './api-fixture.js';
import { sourceOf } from './store-fixtures.js';

const TEI = 'http://www.tei-c.org/ns/1.0';
const XML = 'http://www.w3.org/XML/1998/namespace';
const SCHEMA = fileURLToPath(new URL('../../src/export/schemas/tei-subset.rng', import.meta.url));
const EXPORTED_AT = new Date('2024-05-06T07:08:09Z');
const scratch = mkdtempSync(path.join(tmpdir(), 'dossier-tei-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** xmllint's verdict on a file against the subset's RelaxNG schema: '' when valid, else its messages. */
function schemaErrors(xml: string): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
  assert.equal(result.error, undefined, 'xmllint must be installed (Debian: libxml2-utils)');
  return result.status === 0 ? '' : result.stderr;
}

function parse(xml: string): Element {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml').documentElement!;
}

function elements(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(TEI, name));
}

function body(root: Element): Element {
  return elements(root, 'body')[0]!;
}

/** The pieces of mention `index` in document order: its element `m<index>` and those its `next` chain links. */
function pieces(root: Element, index: number): Element[] {
  const byId = new Map(Array.from(root.getElementsByTagName('*')).map((element) => [element.getAttributeNS(XML, 'id'), element]));
  const chain: Element[] = [];
  for (let element = byId.get(`m${index}`); element; ) {
    chain.push(element);
    const next = element.getAttribute('next');
    element = next ? byId.get(next.slice(1)) : undefined;
  }
  return chain;
}

const INLINE_KINDS = new Set(['person', 'place', 'org', 'date', 'quantity']);
const ELEMENT_OF: Record<string, string> = { person: 'persName', place: 'placeName', org: 'orgName', date: 'date', quantity: 'measure' };

/** The mentions the export marks, in its numbering: names with an entity, dates and quantities. */
function inlined(exported: ExportedSource): LinkedMention[] {
  return exported.mentions.filter((mention) => INLINE_KINDS.has(mention.kind) && (mention.entity !== undefined || mention.kind === 'date' || mention.kind === 'quantity'));
}

describe('TEI of the seeds', () => {
  let fixture: StoreFixture;
  const exports: Array<{ exported: ExportedSource; xml: string; root: Element }> = [];
  before(async () => {
    fixture = await storeOnSeeds('dossier-tei-seeds-');
    for await (const exported of readExportedSources(fixture.store)) {
      const xml = toTei(exported, { exportedAt: EXPORTED_AT }).text;
      exports.push({ exported, xml, root: parse(xml) });
    }
  });
  after(() => fixture.close());

  it('exports every source, each valid against the schema of the subset', () => {
    assert.equal(exports.length, 5);
    for (const { exported, xml } of exports) assert.equal(schemaErrors(xml), '', exported.source.path);
  });

  it("keeps the body's text exactly the normalized text: nothing lost or doubled by the markup", () => {
    for (const { exported, root } of exports) {
      assert.equal(body(root).textContent, exported.source.text, exported.source.path);
      assert.equal(elements(root, 'p').length - 1, exported.source.passageList.length, 'one p per passage (and the p of the header)');
    }
  });

  it('marks every name, date and quantity, each covering exactly its words', () => {
    let checked = 0;
    for (const { exported, root } of exports) {
      const mentions = inlined(exported);
      assert.ok(mentions.length > 20, `${exported.source.path} has mentions`);
      mentions.forEach((mention, index) => {
        const chain = pieces(root, index);
        assert.ok(chain.length > 0, `mention ${index} "${mention.text}" is marked`);
        assert.equal(chain.map((element) => element.textContent).join(''), mention.text);
        assert.ok(chain.every((element) => element.localName === ELEMENT_OF[mention.kind]));
        checked++;
      });
    }
    assert.ok(checked > 1000, `${checked} mentions checked`);
  });

  it('points names to the entities listed in standOff, and dates to their EDTF bounds', () => {
    for (const { exported, root } of exports) {
      const listed = new Map(Array.from(elements(root, 'standOff')[0]!.getElementsByTagName('*')).filter((element) => element.hasAttributeNS(XML, 'id')).map((element) => [element.getAttributeNS(XML, 'id')!, element]));
      inlined(exported).forEach((mention, index) => {
        const [first] = pieces(root, index);
        if (mention.kind === 'date') {
          // The attributes cover the same days as the EDTF value.
          const lower = first!.getAttribute('when') ?? first!.getAttribute('from') ?? first!.getAttribute('notBefore');
          const upper = first!.getAttribute('when') ?? first!.getAttribute('to') ?? first!.getAttribute('notAfter');
          const bounds = edtfBounds(mention.value.edtf.replace(/[?~%]/g, ''));
          assert.deepEqual(lower && upper ? { min: edtfBounds(lower)!.min, max: edtfBounds(upper)!.max } : undefined, bounds, mention.value.edtf);
          assert.equal(first!.getAttribute('cert') === 'low', mention.value.inferred || /[?~%]/.test(mention.value.edtf));
          return;
        }
        if (mention.kind === 'quantity') {
          assert.equal(Number(first!.getAttribute('quantity')), mention.value.value);
          return;
        }
        const [local, ...uris] = first!.getAttribute('ref')!.split(' ');
        const entry = listed.get(local!.slice(1));
        assert.ok(entry, `${mention.text} → ${local} is listed`);
        assert.equal(entry.localName, { person: 'person', place: 'place', org: 'org' }[mention.kind as 'person']);
        for (const uri of uris) assert.ok(Array.from(entry.getElementsByTagNameNS(TEI, 'idno')).some((idno) => idno.textContent === uri), `${uri} listed too`);
      });
    }
  });

  it('gives places their coordinates (lat lon) and persons every form of their name', async () => {
    let located = 0;
    for (const { exported, root } of exports) {
      for (const place of elements(root, 'place')) {
        const entity = exported.entities.get(place.getAttributeNS(XML, 'id')!)!;
        const geo = elements(place, 'geo')[0];
        assert.equal(geo?.textContent, entity.attributes.coordinates ? `${entity.attributes.coordinates.lat} ${entity.attributes.coordinates.lon}` : undefined);
        if (geo) located++;
      }
      for (const person of elements(root, 'person')) {
        const entity = exported.entities.get(person.getAttributeNS(XML, 'id')!)!;
        const names = elements(person, 'persName').map((name) => name.textContent);
        assert.equal(names[0], entity.label);
        for (const alias of entity.aliases) assert.ok(names.includes(alias.text), `${alias.text} among the forms of ${entity.label}`);
      }
    }
    assert.ok(located > 10, `${located} places located`);
  });
});

describe('TEI of overlapping and hostile mentions', () => {
  const paragraphs = ['Mustafa Kemal Pasha met <Chicherin> & "Karakhan" in Moscow on 16 March 1921.', 'Kars\rgot 39 000 rifles.'];
  const base = sourceOf('/archive/hostile.txt', paragraphs, 'en');
  const text = base.text;
  const at = (words: string, from = 0) => text.indexOf(words, from);
  const entity = (id: string, type: Entity['type'], label: string): { id: string; type: Entity['type']; label: string } => ({ id, type, label });
  const name = (words: string, kind: 'person' | 'place' | 'org', id: string, end = at(words) + words.length): LinkedMention => ({
    kind, start: at(words), end, text: text.slice(at(words), end), confidence: 1, value: { lemma: words }, entity: entity(id, kind, words),
  });
  const mentions: LinkedMention[] = [
    name('Mustafa Kemal Pasha', 'person', 'p-kemal'),
    // Overlaps the person: starts inside it and ends after it.
    name('Pasha met <Chicherin>', 'org', 'o-odd'),
    name('<Chicherin>', 'person', 'p-chicherin'),
    name('Moscow', 'place', 'p-moscow'),
    { kind: 'date', start: at('16 March 1921'), end: at('16 March 1921') + 13, text: '16 March 1921', confidence: 1, value: { edtf: '1921-03-16', inferred: false } },
    // Runs from the first paragraph into the second.
    name('.', 'place', 'p-cross', at('Kars') + 4),
    name('Kars', 'place', 'p-kars'),
    { kind: 'quantity', start: at('39 000 rifles'), end: at('39 000 rifles') + 13, text: '39 000 rifles', confidence: 1, value: { value: 39000, unit: 'gold ruble', item: 'rifle', approximate: true } },
  ].sort((a, b) => a.start - b.start || b.end - a.end) as LinkedMention[];
  const entities = new Map<string, Entity>([
    ['p-moscow', { id: 'p-moscow', type: 'place', label: 'Moscow', aliases: [{ text: 'Москва', lang: 'ru', count: 1 }], attributes: { gazetteer: 'geonames:524901', coordinates: { lat: 55.75222, lon: 37.61556 } } }],
    ['p-kemal', { id: 'p-kemal', type: 'person', label: 'Mustafa Kemal', aliases: [], attributes: { wikidata: 'Q5152' } }],
  ]);
  const exported: ExportedSource = {
    source: { ...base, chars: text.length, passages: base.passages.length, ingestedAt: EXPORTED_AT.toISOString(), passageList: base.passages },
    mentions,
    entities,
  };
  const result = toTei(exported, { exportedAt: EXPORTED_AT });
  const root = parse(result.text);

  it('is valid and keeps the text, markup characters and carriage return included', () => {
    assert.equal(schemaErrors(result.text), '');
    assert.equal(body(root).textContent, text);
    assert.ok(!result.text.includes('<Chicherin>'));
  });

  it('cuts a mention that overlaps an earlier one where that one ends, and links the pieces', () => {
    const odd = mentions.findIndex((mention) => mention.entity?.id === 'o-odd');
    const chain = pieces(root, odd);
    assert.deepEqual(chain.map((element) => element.textContent), ['Pasha', ' met <Chicherin>']);
    assert.equal(chain[0]!.parentNode && (chain[0]!.parentNode as Element).localName, 'persName', 'the first piece nests in the name that started first');
    assert.equal(chain[1]!.getAttribute('prev'), `#m${odd}`);
    // The person inside the second piece nests there whole.
    const chicherin = pieces(root, mentions.findIndex((mention) => mention.entity?.id === 'p-chicherin'));
    assert.equal(chicherin.length, 1);
    assert.equal((chicherin[0]!.parentNode as Element).localName, 'orgName');
  });

  it('cuts a mention running across paragraphs at the paragraph end', () => {
    const cross = mentions.findIndex((mention) => mention.entity?.id === 'p-cross');
    const chain = pieces(root, cross);
    assert.deepEqual(chain.map((element) => element.textContent), ['.', 'Kars']);
    assert.deepEqual(chain.map((element) => (element.parentNode as Element).localName), ['p', 'p']);
    assert.notEqual(chain[0]!.parentNode, chain[1]!.parentNode);
  });

  it('writes authority URIs, coordinates, dates and measures', () => {
    const [kemal] = pieces(root, 0);
    assert.equal(kemal!.getAttribute('ref'), '#p-kemal http://www.wikidata.org/entity/Q5152');
    const moscow = elements(root, 'place').find((place) => place.getAttributeNS(XML, 'id') === 'p-moscow')!;
    assert.equal(elements(moscow, 'geo')[0]!.textContent, '55.75222 37.61556');
    assert.deepEqual(elements(moscow, 'placeName').map((form) => [form.getAttribute('type'), form.textContent]), [['main', 'Moscow'], ['variant', 'Москва']]);
    assert.equal(elements(root, 'date')[0]!.getAttribute('when'), '1921-03-16');
    const measure = elements(root, 'measure')[0]!;
    assert.deepEqual(['quantity', 'unit', 'commodity', 'cert'].map((attribute) => measure.getAttribute(attribute)), ['39000', 'gold_ruble', 'rifle', 'low']);
    // Entities the store does not give (none here for p-chicherin) are still pointed to, but not listed.
    assert.equal(result.mentions, mentions.length);
  });

  it('replaces characters XML cannot hold one for one, so offsets stay true', () => {
    const control = sourceOf('/archive/control.txt', ['a\u0001b Moscow'], 'en');
    const moscow: LinkedMention = { ...name('Moscow', 'place', 'p-moscow'), start: 4, end: 10, text: 'Moscow' };
    const xml = toTei({ ...exported, source: { ...exported.source, ...control, passageList: control.passages }, mentions: [moscow] }, { exportedAt: EXPORTED_AT }).text;
    assert.equal(schemaErrors(xml), '');
    assert.equal(body(parse(xml)).textContent, 'a\uFFFDb Moscow');
  });
});
