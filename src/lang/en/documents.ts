/** English words of document references: `Letter from … to M.V. Frunze. December 26, 1921`, `the Treaty of Kars`. */
import type { DocumentType } from '../../model.js';
import type { DocumentVocabulary } from '../documents.js';

const TYPES: ReadonlyArray<readonly [string, DocumentType]> = [
  ['letter', 'letter'], ['message', 'letter'], ['epistle', 'letter'],
  ['telegram', 'telegram'], ['cable', 'telegram'], ['wire', 'telegram'], ['radiogram', 'telegram'], ['dispatch', 'telegram'],
  ['note', 'note'], ['ultimatum', 'note'],
  ['memorandum', 'memorandum'], ['memo', 'memorandum'], ['aide-mémoire', 'memorandum'],
  ['report', 'report'],
  ['instruction', 'instruction'], ['directive', 'instruction'],
  ['treaty', 'treaty'], ['agreement', 'treaty'], ['pact', 'treaty'], ['convention', 'treaty'], ['accord', 'treaty'],
  ['decree', 'decree'], ['resolution', 'decree'], ['order', 'decree'],
  ['speech', 'speech'], ['address', 'speech'],
  ['minutes', 'other'], ['protocol', 'other'], ['transcript', 'other'], ['declaration', 'other'], ['statement', 'other'],
];

export const documents: DocumentVocabulary = {
  types: new Map(TYPES),
  phrases: [[['direct', 'wire', 'conversation'], 'other']],
  citedOnly: new Set(['minutes', 'protocol', 'transcript', 'direct']),
  idioms: [['in', 'order', 'to'], ['in', 'order', 'that'], ['address', 'the']],
  cipher: new Set(['cipher', 'ciphered', 'coded', 'encrypted', 'cypher']),
  lead: new Set(['see', 'cf', 'personal', 'secret', 'confidential', 'private', 'official', 'urgent', 'draft', 'copy', 'top']),
  toward: new Set(['to', 'addressed']),
  addressNouns: new Set(),
  // English names a document's author with `by`, a preposition of its own.
  authoring: new Set(),
  topic: new Set(['about', 'concerning', 'regarding', 'on']),
  from: new Set(['from', 'by']),
  dated: new Set(['of', 'dated', 'on']),
  signing: new Set(['signed', 'sign', 'signing', 'concluded', 'conclude', 'ratified']),
  sendingVerbs: new Set([
    'write', 'wrote', 'written', 'send', 'sent', 'cable', 'cabled', 'wire', 'wired', 'telegraph', 'telegraphed', 'address',
    'addressed', 'report', 'reported', 'inform', 'informed', 'propose', 'proposed', 'reply', 'replied', 'answer', 'answered',
    'ask', 'asked', 'request', 'requested', 'demand', 'demanded', 'say', 'said', 'state', 'stated', 'declare', 'declared',
    'issue', 'issued', 'publish', 'published', 'adopt', 'adopted', 'prepare', 'prepared', 'draft', 'drafted',
    'describe', 'described', 'explain', 'explained', 'argue', 'argued', 'warn', 'warned', 'insist', 'insisted', 'suggest', 'suggested',
  ]),
  archiveWords: new Set(['archive', 'archives', 'collection', 'fond', 'papers', 'record', 'records']),
  referenceParts: new Set(['f', 'op', 'd', 'l', 'll', 'fond', 'opis', 'delo', 'list', 'file', 'folder', 'box']),
  volume: new Set(['vol', 'volume', 't']),
  pages: new Set(['p', 'pp', 'page', 'pages', 's']),
};
