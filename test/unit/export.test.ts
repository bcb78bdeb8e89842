/** The export formats, on calendar entries made by hand, read back with real XML and CSV parsers. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { cmifDate, toCmif, type CmifOptions } from '../../src/export/cmif.js';
import { toCsv } from '../../src/export/csv.js';
import type { Entity } from '../../src/model.js';
import type { CalendarEntry } from '../../src/store/store.js';
import { edtfBounds } from '../../src/util/edtf-bounds.js';
import { dateSpan, validateCmif } from './cmif-validator.js';

const HOSTILE = `<script>alert("x")</script> & 'Co', Ltd.\nsecond line`;

const OPTIONS: CmifOptions = {
  title: 'Letters & telegrams <1921>',
  editor: { name: 'A. "Historian" & Co', email: 'a@example.org' },
  baseUri: 'https://letters.example.org/calendar/',
  exportedAt: new Date('2024-05-06T07:08:09.123Z'),
};

function citation(source: string, text: string) {
  return { source, mention: 0, start: 0, end: text.length, text, form: 'formula' as const, path: `/archive/${source}.txt`, title: `Title of ${source}` };
}

function entry(id: string, fields: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    id,
    type: 'letter',
    senders: [],
    recipients: [],
    senderRoles: [],
    recipientRoles: [],
    holdings: [],
    citations: [citation('s1', `the letter ${id}`)],
    ...fields,
  };
}

const ENTRIES: CalendarEntry[] = [
  entry('d-hostile', {
    date: { edtf: '1921-08-18', inferred: false },
    senders: [{ id: 'e-person', type: 'person', label: HOSTILE }],
    senderRoles: ['the "consul" in <Batumi> & Kars'],
    recipients: [
      { id: 'o-org', type: 'org', label: 'Committee,\u0007 "Central"' },
      { id: 'p-moscow', type: 'place', label: 'Moscow' },
    ],
    holdings: [{ text: 'Archive; fond 5, "op." 1\u0001', archive: 'Archive' }],
    citations: [citation('s2', `cited "here", & <there>\nagain`), citation('s1', 'again')],
  }),
  entry('d-undated', { type: 'telegram', recipientRoles: ['the commissar'] }),
  entry('d-range', { type: 'note', date: { edtf: '1921-09-16/1921-09-17', inferred: false }, senders: [{ id: 'e-person', type: 'person', label: 'Chicherin' }] }),
  entry('d-inferred', { type: 'memorandum', date: { edtf: '1921-07-05', inferred: true }, recipients: [{ id: 'e-person', type: 'person', label: 'Chicherin' }] }),
  entry('d-season', { date: { edtf: '1921-22', inferred: false } }),
  entry('d-treaty', {
    type: 'treaty',
    date: { edtf: '1921-10-13', inferred: false },
    signedAt: { label: 'Kars', entity: 'p-kars' },
    citations: [citation('s3', 'Treaty of Kars')],
  }),
];

const ENTITIES = new Map<string, Entity>([
  ['p-moscow', { id: 'p-moscow', type: 'place', label: 'Moscow', aliases: [], attributes: { gazetteer: 'geonames:524901', coordinates: { lat: 55.75, lon: 37.62 } } }],
  ['p-kars', { id: 'p-kars', type: 'place', label: 'Kars', aliases: [], attributes: { gazetteer: 'geonames:743952', coordinates: { lat: 40.6, lon: 43.1 } } }],
]);

describe('CMIF', () => {
  const result = toCmif(ENTRIES, ENTITIES, OPTIONS);
  const cmif = validateCmif(result.text);
  const letter = (key: string) => cmif.letters.find((candidate) => candidate.key === key);

  it('is well-formed TEI with everything CMIF requires', () => {
    assert.deepEqual(cmif.problems, []);
    assert.equal(cmif.title, OPTIONS.title);
    assert.equal(cmif.editor, OPTIONS.editor.name);
    assert.equal(cmif.email, OPTIONS.editor.email);
    assert.match(result.text, /<idno type="url">https:\/\/letters\.example\.org\/calendar\/cmif\.xml<\/idno>/);
    assert.match(result.text, /<date when="2024-05-06T07:08:09Z"\/>/);
  });

  it('leaves treaties out: they have signatories, not a sender and a recipient', () => {
    assert.deepEqual(cmif.letters.map((found) => found.key), ['d-hostile', 'd-undated', 'd-range', 'd-inferred', 'd-season']);
    assert.equal(result.documents, 5);
    assert.ok(![...cmif.bibls.values()].some((bibl) => bibl.includes('s3')), 'no bibl for a source only a treaty cites');
  });

  it('keeps hostile text intact through escaping', () => {
    const hostile = letter('d-hostile');
    assert.deepEqual(hostile?.sent, [
      { element: 'persName', text: HOSTILE, ref: 'https://letters.example.org/calendar/entity/e-person' },
      { element: 'persName', text: 'the "consul" in <Batumi> & Kars' },
    ]);
    assert.deepEqual(hostile?.received, [
      // XML 1.0 cannot hold a control character, even escaped: it is dropped.
      { element: 'orgName', text: 'Committee, "Central"', ref: 'https://letters.example.org/calendar/entity/o-org' },
      { element: 'placeName', text: 'Moscow', ref: 'http://www.geonames.org/524901' },
    ]);
    assert.equal(hostile?.ref, 'https://letters.example.org/calendar/document/d-hostile');
    assert.ok(!result.text.includes('<script>'));
  });

  it('points each document to a bibl of the first source citing it, one bibl per source', () => {
    // The file's name, never the folder it lay in on the researcher's disk.
    assert.equal(letter('d-hostile')?.source, 'Title of s2 (s2.txt)');
    assert.equal(letter('d-range')?.source, 'Title of s1 (s1.txt)');
    assert.deepEqual([...cmif.bibls.values()].sort(), ['Title of s1 (s1.txt)', 'Title of s2 (s2.txt)']);
  });

  it('names an unknown sender or recipient as unknown, and a role without a URI', () => {
    assert.deepEqual(letter('d-undated')?.sent, [{ element: 'persName', text: 'unknown' }]);
    assert.deepEqual(letter('d-undated')?.received, [{ element: 'persName', text: 'the commissar' }]);
    assert.equal(letter('d-undated')?.date, undefined);
  });

  it('dates agree with the EDTF bounds; inferred dates are not claimed sure', () => {
    for (const source of ENTRIES) {
      const exported = letter(source.id);
      if (!exported || !source.date) continue;
      assert.deepEqual(dateSpan(exported.date ?? {}), edtfBounds(source.date.edtf), source.id);
      assert.equal(exported.date?.cert, source.date.inferred ? 'low' : undefined, source.id);
    }
    assert.deepEqual(letter('d-range')?.date, { from: '1921-09-16', to: '1921-09-17' });
    assert.deepEqual(letter('d-season')?.date, { notBefore: edtfBounds('1921-22')?.min, notAfter: edtfBounds('1921-22')?.max });
  });

  it('turns each shape of EDTF into when, from/to or notBefore/notAfter', () => {
    assert.deepEqual(cmifDate('1921-08-18', false), { when: '1921-08-18' });
    assert.deepEqual(cmifDate('1921-08', false), { when: '1921-08' });
    assert.deepEqual(cmifDate('1921-08-18', true), { when: '1921-08-18', cert: 'low' });
    assert.deepEqual(cmifDate('1921-08-18?', false), { when: '1921-08-18', cert: 'low' });
    assert.deepEqual(cmifDate('1921~', false), { when: '1921', cert: 'low' });
    assert.deepEqual(cmifDate('1921-08/1921-09', false), { from: '1921-08', to: '1921-09' });
    assert.deepEqual(cmifDate('192X', false), { notBefore: '1920-01-01', notAfter: '1929-12-31' });
    assert.equal(cmifDate('XXXX-08-18', false), undefined);
  });
});

describe('the CMIF validator', () => {
  const valid = toCmif(ENTRIES, ENTITIES, OPTIONS).text;

  it('finds what is wrong in broken files', () => {
    const broken: Array<[string, string, RegExp]> = [
      ['not well-formed', valid.replace('</TEI>', ''), /not well-formed/],
      ['another namespace', valid.replace('http://www.tei-c.org/ns/1.0', 'http://example.org/ns'), /not TEI/],
      ['no licence', valid.replace(/<licence[^>]*>[^<]*<\/licence>/, ''), /no availability\/licence|licence ""/],
      ['a dangling source', valid.replace(/source="#[^"]+"/, 'source="#nowhere"'), /points to no bibl/],
      ['a date not ISO', valid.replace('when="1921-08-18"', 'when="18.08.1921"'), /not an ISO 8601 date/],
      ['no received and two sent', valid.replace('type="received"', 'type="sent"'), /one sent/],
      ['no body', valid.replace(/<text>[\s\S]*<\/text>/, ''), /text\/body\/p/],
    ];
    for (const [what, xml, problem] of broken) {
      const { problems } = validateCmif(xml);
      assert.ok(problems.some((found) => problem.test(found)), `${what}: ${problems.join('; ')}`);
    }
  });
});

describe('CSV', () => {
  const parseCsv = (text: string) => parse(text, { columns: true, bom: true }) as Array<Record<string, string>>;

  it('round-trips hostile fields through a CSV parser', () => {
    const result = toCsv(ENTRIES, ENTITIES, { bom: false });
    const rows = parseCsv(result.text);
    assert.equal(result.documents, ENTRIES.length);
    assert.deepEqual(rows.map((row) => row.id), ENTRIES.map((source) => source.id));
    const hostile = rows[0]!;
    assert.equal(hostile.senders, `${HOSTILE}; [the "consul" in <Batumi> & Kars]`);
    assert.equal(hostile.sender_ids, 'e-person');
    assert.equal(hostile.recipients, 'Committee,\u0007 "Central"; Moscow');
    assert.equal(hostile.recipient_ids, 'o-org; p-moscow');
    assert.equal(hostile.holdings, 'Archive; fond 5, "op." 1\u0001');
    assert.equal(hostile.citations, '2');
    assert.equal(hostile.first_citation, `cited "here", & <there>\nagain`);
    assert.equal(hostile.sources, 's2.txt; s1.txt');
    assert.deepEqual([hostile.date, hostile.date_from, hostile.date_to, hostile.date_inferred], ['1921-08-18', '1921-08-18', '1921-08-18', 'false']);
  });

  it('gives dates as first and last day, leaves undated ones empty, and places their coordinates', () => {
    const rows = new Map(parseCsv(toCsv(ENTRIES, ENTITIES, { bom: false }).text).map((row) => [row.id, row]));
    const undated = rows.get('d-undated')!;
    assert.deepEqual([undated.date, undated.date_from, undated.date_to, undated.date_inferred], ['', '', '', '']);
    assert.equal(undated.recipients, '[the commissar]');
    assert.deepEqual([rows.get('d-range')?.date_from, rows.get('d-range')?.date_to], ['1921-09-16', '1921-09-17']);
    assert.equal(rows.get('d-inferred')?.date_inferred, 'true');
    const treaty = rows.get('d-treaty')!;
    assert.deepEqual([treaty.signed_at, treaty.signed_at_coordinates], ['Kars', '40.6,43.1']);
    assert.deepEqual([treaty.place, treaty.place_coordinates], ['Kars', '40.6,43.1']);
    // A letter addressed to a place is mapped there; one with no place has none.
    assert.deepEqual([rows.get('d-hostile')?.place, rows.get('d-hostile')?.place_coordinates], ['Moscow', '55.75,37.62']);
    assert.deepEqual([rows.get('d-range')?.place, rows.get('d-range')?.place_coordinates], ['', '']);
    // Palladio's shapes: every date column a whole ISO day or empty, every coordinates column "lat,lon" or empty.
    for (const row of rows.values()) {
      for (const column of ['date_from', 'date_to']) assert.match(row[column]!, /^(\d{4}-\d{2}-\d{2})?$/);
      for (const column of ['signed_at_coordinates', 'place_coordinates']) assert.match(row[column]!, /^(-?\d+(\.\d+)?,-?\d+(\.\d+)?)?$/);
    }
  });

  it('ends records with CRLF and writes a byte order mark only when asked', () => {
    const plain = toCsv(ENTRIES, ENTITIES, { bom: false }).text;
    assert.ok(plain.startsWith('id,type,'));
    assert.ok(plain.split('\r\n').length > ENTRIES.length);
    assert.ok(toCsv(ENTRIES, ENTITIES, { bom: true }).text.startsWith('\uFEFFid,type,'));
  });
});
