/**
 * Checks a CMIF file against what the CMIF v2 specification requires, after parsing it with a
 * real XML parser, and returns what it holds for tests to compare with their input.
 */
import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';

const TEI = 'http://www.tei-c.org/ns/1.0';
const XML = 'http://www.w3.org/XML/1998/namespace';
const LICENCES = ['https://creativecommons.org/licenses/by/4.0/', 'https://creativecommons.org/publicdomain/zero/1.0/'];
const ISO_PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;
const DATE_ATTRIBUTES = ['when', 'from', 'to', 'notBefore', 'notAfter', 'cert'];
const NCNAME = /^[A-Za-z_][\w.-]*$/;

export interface CmifParty {
  element: 'persName' | 'orgName' | 'placeName';
  text: string;
  ref?: string;
}

export interface CmifLetter {
  key: string;
  ref: string;
  /** The text of the bibl its `source` points to. */
  source: string;
  sent: CmifParty[];
  received: CmifParty[];
  date?: Record<string, string>;
}

export interface CmifContents {
  problems: string[];
  title: string;
  editor: string;
  email: string;
  bibls: Map<string, string>;
  letters: CmifLetter[];
}

export function validateCmif(xml: string): CmifContents {
  const problems: string[] = [];
  const contents: CmifContents = { problems, title: '', editor: '', email: '', bibls: new Map(), letters: [] };
  let root: Element | null;
  try {
    root = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'text/xml').documentElement;
  } catch (error) {
    problems.push(`not well-formed: ${(error as Error).message}`);
    return contents;
  }
  if (!root || root.localName !== 'TEI' || root.namespaceURI !== TEI) {
    problems.push(`the root is ${root?.localName} in ${root?.namespaceURI}, not TEI in ${TEI}`);
    return contents;
  }
  for (const element of descendants(root)) {
    if (element.namespaceURI !== TEI) problems.push(`<${element.tagName}> is outside the TEI namespace`);
  }
  const one = (parent: Element | undefined, path: string): Element | undefined => {
    let found = parent;
    for (const name of path.split('/')) found = found && children(found, name)[0];
    if (!found) problems.push(`no ${path} in <${parent?.localName}>`);
    return found;
  };
  const fileDesc = one(root, 'teiHeader/fileDesc');
  contents.title = text(one(fileDesc, 'titleStmt/title'));
  if (!contents.title) problems.push('the title is empty');
  const editor = one(fileDesc, 'titleStmt/editor');
  contents.editor = normalized(ownText(editor));
  contents.email = text(one(editor, 'email'));
  if (!contents.editor || !contents.email) problems.push('the editor needs a name and an email');

  const publication = one(fileDesc, 'publicationStmt');
  if (!text(one(publication, 'publisher'))) problems.push('the publisher is empty');
  const idno = publication && children(publication, 'idno').find((element) => element.getAttribute('type') === 'url');
  if (!idno || !isAbsoluteUrl(text(idno))) problems.push('publicationStmt needs an <idno type="url"> with the address of the file');
  const published = one(publication, 'date')?.getAttribute('when') ?? '';
  if (!ISO_DATE_TIME.test(published)) problems.push(`the publication date "${published}" is not ISO 8601`);
  const licence = one(publication, 'availability/licence')?.getAttribute('target') ?? '';
  if (!LICENCES.includes(licence)) problems.push(`the licence "${licence}" is neither CC-BY 4.0 nor CC0`);

  const bibls = children(one(fileDesc, 'sourceDesc'), 'bibl');
  if (bibls.length === 0) problems.push('sourceDesc has no bibl');
  for (const bibl of bibls) {
    const id = bibl.getAttributeNS(XML, 'id') ?? '';
    if (!NCNAME.test(id)) problems.push(`bibl xml:id "${id}" is not an XML name`);
    if (contents.bibls.has(id)) problems.push(`bibl xml:id "${id}" is used twice`);
    if (!['print', 'online', 'hybrid'].includes(bibl.getAttribute('type') ?? '')) problems.push(`bibl ${id} has type "${bibl.getAttribute('type')}"`);
    contents.bibls.set(id, text(bibl));
  }

  const letters = children(one(root, 'teiHeader/profileDesc'), 'correspDesc');
  if (letters.length === 0) problems.push('profileDesc has no correspDesc');
  for (const letter of letters) contents.letters.push(readLetter(letter, contents.bibls, problems));
  if (!one(root, 'text/body/p')) problems.push('text/body/p is required');
  return contents;
}

function readLetter(letter: Element, bibls: ReadonlyMap<string, string>, problems: string[]): CmifLetter {
  const key = letter.getAttribute('key') ?? '';
  const ref = letter.getAttribute('ref') ?? '';
  if (!key && !isAbsoluteUrl(ref)) problems.push('a correspDesc has neither a key nor a ref URL');
  const source = letter.getAttribute('source') ?? '';
  const bibl = source.startsWith('#') ? bibls.get(source.slice(1)) : undefined;
  if (bibl === undefined) problems.push(`correspDesc ${key}: source "${source}" points to no bibl`);
  const result: CmifLetter = { key, ref, source: bibl ?? '', sent: [], received: [] };
  const actions = children(letter, 'correspAction');
  const types = actions.map((action) => action.getAttribute('type'));
  if (types.filter((type) => type === 'sent').length !== 1 || types.filter((type) => type === 'received').length > 1 || types.some((type) => type !== 'sent' && type !== 'received')) {
    problems.push(`correspDesc ${key}: actions ${types.join(', ')} (one sent, at most one received)`);
  }
  for (const action of actions) {
    const parts = elementChildren(action);
    if (parts.length === 0) problems.push(`correspDesc ${key}: an empty correspAction`);
    for (const part of parts) {
      if (part.localName === 'date') {
        result.date = readDate(part, key, problems);
        continue;
      }
      if (part.localName !== 'persName' && part.localName !== 'orgName' && part.localName !== 'placeName') {
        problems.push(`correspDesc ${key}: <${part.localName}> in a correspAction`);
        continue;
      }
      const party: CmifParty = { element: part.localName, text: text(part) };
      if (!party.text) problems.push(`correspDesc ${key}: an empty <${part.localName}>`);
      if (part.hasAttribute('ref')) {
        party.ref = part.getAttribute('ref') ?? '';
        if (!isAbsoluteUrl(party.ref)) problems.push(`correspDesc ${key}: ref "${party.ref}" is not a URL`);
      }
      (action.getAttribute('type') === 'sent' ? result.sent : result.received).push(party);
    }
  }
  return result;
}

function readDate(element: Element, key: string, problems: string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of Array.from(element.attributes)) {
    if (!DATE_ATTRIBUTES.includes(attribute.name)) problems.push(`correspDesc ${key}: date attribute ${attribute.name}`);
    attributes[attribute.name] = attribute.value;
  }
  const { cert, ...dates } = attributes;
  for (const [name, value] of Object.entries(dates)) {
    if (!ISO_PARTIAL_DATE.test(value)) problems.push(`correspDesc ${key}: ${name}="${value}" is not an ISO 8601 date`);
  }
  const names = Object.keys(dates).sort().join(' ');
  if (!['when', 'from to', 'notAfter notBefore', 'notBefore', 'notAfter'].includes(names)) problems.push(`correspDesc ${key}: date with ${names || 'no date'}`);
  if (cert !== undefined && !['low', 'medium', 'high'].includes(cert)) problems.push(`correspDesc ${key}: cert="${cert}"`);
  const span = dateSpan(attributes);
  if (span && span.min > span.max) problems.push(`correspDesc ${key}: the date ends before it begins`);
  return attributes;
}

/** The first and last day a CMIF date's attributes describe. */
export function dateSpan(date: Record<string, string>): { min: string; max: string } | undefined {
  const start = date.when ?? date.from ?? date.notBefore;
  const end = date.when ?? date.to ?? date.notAfter;
  return start && end ? { min: firstDay(start), max: lastDay(end) } : undefined;
}

function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 10) return value;
  const [year, month] = value.split('-').map(Number);
  return `${value}-${String(new Date(Date.UTC(year!, month!, 0)).getUTCDate()).padStart(2, '0')}`;
}

function isAbsoluteUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

function elementChildren(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === node.ELEMENT_NODE);
}

function children(parent: Element | undefined, name: string): Element[] {
  return parent ? elementChildren(parent).filter((element) => element.localName === name) : [];
}

function descendants(element: Element): Element[] {
  return elementChildren(element).flatMap((child) => [child, ...descendants(child)]);
}

function text(element: Element | undefined): string {
  return element?.textContent ?? '';
}

/** The text of an element without its child elements' (an editor's name without the email). */
function ownText(element: Element | undefined): string {
  return element ? Array.from(element.childNodes).filter((node) => node.nodeType === node.TEXT_NODE).map((node) => node.nodeValue ?? '').join('') : '';
}

function normalized(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
