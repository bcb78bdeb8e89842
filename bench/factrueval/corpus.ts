/**
 * Reader for the factRuEval-2016 corpus (`../shared/data/factRuEval-2016/`, beside the
 * repository, or the folder named by `FACTRUEVAL_DIR`): each document's text, tokens,
 * spans (first markup layer) and object mentions (second layer), as the corpus README
 * describes them. Offsets are in characters of the `.txt` file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FactRuPart = 'devset' | 'testset';

export interface FactRuToken {
  id: string;
  start: number;
  /** Exclusive. */
  end: number;
  text: string;
}

export interface FactRuSpan {
  id: string;
  /** `name`, `surname`, `loc_name`, `org_name`, `org_descr`, `job`, `geo_adj`… */
  type: string;
  tokenIds: string[];
}

/** Object mention types of the corpus: `Person`, `Org`, `Location`, `LocOrg`, `Project`, `Facility`. */
export interface FactRuObject {
  id: string;
  type: string;
  spanIds: string[];
}

export interface FactRuDocument {
  name: string;
  text: string;
  /** In text order. */
  tokens: FactRuToken[];
  spans: Map<string, FactRuSpan>;
  objects: FactRuObject[];
}

/** The corpus folder: `FACTRUEVAL_DIR`, else `factRuEval-2016` in the shared data folder beside the repository. */
export function factRuEvalDir(): string {
  const dir = process.env.FACTRUEVAL_DIR ?? fileURLToPath(new URL('../../../shared/data/factRuEval-2016/', import.meta.url));
  if (!existsSync(join(dir, 'devset')) || !existsSync(join(dir, 'testset'))) {
    throw new Error(
      `factRuEval-2016 not found at ${dir}: place the corpus (with devset/ and testset/) in ../shared/data/ beside the repository, or set FACTRUEVAL_DIR to its folder`,
    );
  }
  return dir;
}

/** All documents of one part of the corpus, ordered by name so that every run sees the same order. */
export function readFactRuEval(part: FactRuPart, dir = factRuEvalDir()): FactRuDocument[] {
  const folder = join(dir, part);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.tokens'))
    .map((file) => file.slice(0, -'.tokens'.length))
    .sort((a, b) => documentNumber(a) - documentNumber(b))
    .map((name) => readDocument(folder, name));
}

function documentNumber(name: string): number {
  return Number(name.replace(/\D+/g, '')) || 0;
}

function readDocument(folder: string, name: string): FactRuDocument {
  const read = (extension: string) => readFileSync(join(folder, `${name}.${extension}`), 'utf8');
  const text = read('txt').replace(/^\uFEFF/, '');
  const tokens = parseTokens(read('tokens'), text, name);
  const spans = new Map(parseSpans(read('spans')).map((span) => [span.id, span]));
  const objects = parseObjects(read('objects'));
  return { name, text, tokens, spans, objects };
}

/** `id start length text` per line; blank lines separate sentences. */
function parseTokens(content: string, text: string, name: string): FactRuToken[] {
  const tokens: FactRuToken[] = [];
  for (const line of content.split('\n')) {
    const fields = line.trim().split(' ');
    if (fields.length < 4) continue;
    const [id, start, length, ...rest] = fields as [string, string, string, ...string[]];
    const token = { id, start: Number(start), end: Number(start) + Number(length), text: rest.join(' ') };
    if (text.slice(token.start, token.end) !== token.text) {
      throw new Error(`${name}: token ${id} "${token.text}" does not match the text at ${token.start}`);
    }
    tokens.push(token);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** `id type start length firstToken tokenCount  # tokenIds… tokenTexts…` per line. */
function parseSpans(content: string): FactRuSpan[] {
  const spans: FactRuSpan[] = [];
  for (const line of content.split('\n')) {
    const hash = line.indexOf('#');
    if (hash < 0) continue;
    const fields = line.slice(0, hash).trim().split(/\s+/);
    const references = line.slice(hash + 1).trim().split(/\s+/);
    const tokenCount = Number(fields[5]);
    if (fields.length < 6 || !Number.isInteger(tokenCount)) continue;
    spans.push({ id: fields[0]!, type: fields[1]!, tokenIds: references.slice(0, tokenCount) });
  }
  return spans;
}

/** `id type spanId…  # texts` per line. */
function parseObjects(content: string): FactRuObject[] {
  const objects: FactRuObject[] = [];
  for (const line of content.split('\n')) {
    const hash = line.indexOf('#');
    const fields = (hash < 0 ? line : line.slice(0, hash)).trim().split(/\s+/);
    if (fields.length < 3) continue;
    objects.push({ id: fields[0]!, type: fields[1]!, spanIds: fields.slice(2) });
  }
  return objects;
}
