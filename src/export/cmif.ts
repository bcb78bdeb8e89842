/**
 * The calendar as CMIF (Correspondence Metadata Interchange Format, version 2): the TEI
 * file that correspSearch and other letter indexes harvest. One `correspDesc` per letter,
 * telegram, note…, with who sent it to whom and when, pointing to a `bibl` of the source
 * that cites it.
 */
import { basename } from 'node:path';
import { create } from 'xmlbuilder2';
import type { Entity } from '../model.js';
import type { CalendarEntry, CalendarParty } from '../store/store.js';
import { edtfBounds, isPlainDate } from '../util/edtf-bounds.js';
import type { ExportResult } from './index.js';

type XMLBuilder = ReturnType<typeof create>;

const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';
const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';
/** How CMIF names a correspondent that is not known: the action must still name someone. */
const UNKNOWN_PARTY = 'unknown';

export interface CmifOptions {
  title: string;
  editor: { name: string; email: string };
  /** Where the export is published: the file is `cmif.xml` under it, documents `document/<id>`, entities without an authority record `entity/<id>`. */
  baseUri: string;
  /** The moment of the export, the publication date of the file. */
  exportedAt: Date;
}

/**
 * Treaties are left out: CMIF describes letters that went from a sender to a recipient,
 * and a treaty's signatories are neither (the records name only where it was signed).
 */
function isCorrespondence(entry: CalendarEntry): boolean {
  return entry.type !== 'treaty';
}

/** `entities` holds the parties' entities (for gazetteer ids); a party missing from it gets a project URI. */
export function toCmif(entries: readonly CalendarEntry[], entities: ReadonlyMap<string, Entity>, options: CmifOptions): ExportResult {
  const letters = entries.filter(isCorrespondence);
  const uri = (path: string) => new URL(path, options.baseUri).href;
  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' }).ele(TEI_NAMESPACE, 'TEI');
  const header = root.ele('teiHeader');
  const fileDesc = header.ele('fileDesc');
  const titleStmt = fileDesc.ele('titleStmt');
  titleStmt.ele('title').txt(options.title);
  titleStmt.ele('editor').txt(options.editor.name).ele('email').txt(options.editor.email);
  const publication = fileDesc.ele('publicationStmt');
  publication.ele('publisher').ele('ref', { target: uri('.') }).txt(options.editor.name);
  publication.ele('idno', { type: 'url' }).txt(uri('cmif.xml'));
  publication.ele('date', { when: options.exportedAt.toISOString().replace(/\.\d+Z$/, 'Z') });
  publication.ele('availability').ele('licence', { target: LICENCE }).txt('This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0');

  const sourceDesc = fileDesc.ele('sourceDesc');
  const biblIds = new Map<string, string>();
  for (const citation of letters.flatMap((entry) => entry.citations)) {
    if (biblIds.has(citation.source)) continue;
    const id = `source-${citation.source}`;
    biblIds.set(citation.source, id);
    // Every stored source was read from a file: a copy of a printed text, not an online edition. The file's
    // name only: where it lay on the researcher's disk is no part of a file meant for publication.
    sourceDesc.ele('bibl', { type: 'print', 'xml:id': id }).txt(`${citation.title} (${basename(citation.path)})`);
  }

  const profile = header.ele('profileDesc');
  for (const entry of letters) {
    const first = entry.citations[0];
    const correspDesc = profile.ele('correspDesc', {
      key: entry.id,
      ref: uri(`document/${entry.id}`),
      ...(first ? { source: `#${biblIds.get(first.source)}` } : {}),
    });
    const sent = correspDesc.ele('correspAction', { type: 'sent' });
    addParties(sent, entry.senders, entry.senderRoles, entities, uri);
    const date = entry.date && cmifDate(entry.date.edtf, entry.date.inferred);
    if (date) sent.ele('date', date);
    addParties(correspDesc.ele('correspAction', { type: 'received' }), entry.recipients, entry.recipientRoles, entities, uri);
  }
  root.ele('text').ele('body').ele('p');
  return { text: root.end({ prettyPrint: true }), documents: letters.length };
}

function addParties(
  action: XMLBuilder,
  parties: readonly CalendarParty[],
  roles: readonly string[],
  entities: ReadonlyMap<string, Entity>,
  uri: (path: string) => string,
): void {
  for (const party of parties) {
    const element = party.type === 'person' ? 'persName' : party.type === 'org' ? 'orgName' : 'placeName';
    action.ele(element, { ref: authorityUri(entities.get(party.id)) ?? uri(`entity/${party.id}`) }).txt(party.label);
  }
  // A role names a person the sources do not: no URI can stand for them.
  for (const role of roles) action.ele('persName').txt(role);
  if (parties.length === 0 && roles.length === 0) action.ele('persName').txt(UNKNOWN_PARTY);
}

/** Places found in the gazetteer carry their GeoNames id, the authority CMIF asks for places. */
function authorityUri(entity: Entity | undefined): string | undefined {
  const gazetteerId = entity?.attributes.gazetteer;
  const geonames = typeof gazetteerId === 'string' ? /^geonames:(\d+)$/.exec(gazetteerId) : null;
  return geonames ? `http://www.geonames.org/${geonames[1]}` : undefined;
}

export type CmifDate =
  | { when: string; cert?: 'low' }
  | { from: string; to: string; cert?: 'low' }
  | { notBefore: string; notAfter: string; cert?: 'low' };

/**
 * The attributes of a `date` for an EDTF value: a plain year, month or day is `when`; an
 * interval of plain ends is `from`/`to`; seasons, unspecified digits (`192X`) and other
 * intervals become the first and last day they cover. An uncertain or approximate value, or
 * one whose year was taken from context, is marked `cert="low"` so it is not read as sure.
 * Undefined for values that cover no definite span.
 */
export function cmifDate(edtf: string, inferred: boolean): CmifDate | undefined {
  const plain = edtf.replace(/[?~%]/g, '');
  const certainty = inferred || plain !== edtf ? { cert: 'low' as const } : {};
  if (isPlainDate(plain)) return { when: plain, ...certainty };
  const [start, end, ...rest] = plain.split('/');
  if (start !== undefined && end !== undefined && rest.length === 0 && isPlainDate(start) && isPlainDate(end)) {
    return { from: start, to: end, ...certainty };
  }
  const bounds = edtfBounds(plain);
  return bounds && { notBefore: bounds.min, notAfter: bounds.max, ...certainty };
}
