/**
 * Gold files (DESIGN.md, "Contracts"): one JSON file per text, annotated by hand.
 * Loading checks every field, so that a typo in a gold file is reported by file and
 * field instead of silently scoring as a miss.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export interface GoldEntity {
  canonical: string;
  forms: string[];
}

export interface GoldDate {
  text: string;
  edtf: string;
  inferred?: boolean;
}

export interface GoldQuantity {
  text: string;
  value: number;
  item?: string;
  approximate?: boolean;
}

export interface GoldDocument {
  text: string;
  type: string;
  senders?: string[];
  recipients?: string[];
  date?: string;
}

export interface GoldFile {
  /** The gold file itself. */
  path: string;
  /** The annotated text, resolved against the gold file's folder. */
  textPath: string;
  lang?: string;
  /** A category is undefined when the file does not annotate it (not the same as annotating nothing). */
  persons?: GoldEntity[];
  places?: GoldEntity[];
  orgs?: GoldEntity[];
  dates?: GoldDate[];
  quantities?: GoldQuantity[];
  documents?: GoldDocument[];
}

export class GoldError extends Error {
  override readonly name = 'GoldError';
}

/** Every `*.json` file directly in the folder, checked; the first malformed one stops the run. */
export async function loadGoldDir(dir: string): Promise<GoldFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new GoldError(`${dir}: ${error.code === 'ENOENT' ? 'no such folder' : error.code === 'ENOTDIR' ? 'not a folder' : error.message}`);
  });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => join(dir, entry.name));
  if (files.length === 0) throw new GoldError(`${dir}: no gold files (*.json) in this folder`);
  return Promise.all(files.sort().map(loadGoldFile));
}

export async function loadGoldFile(path: string): Promise<GoldFile> {
  const json = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new GoldError(`${path}: cannot be read (${error.code ?? error.message})`);
  });
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new GoldError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const check = new Checker(path);
  const root = check.object(data, '');
  const text = check.string(root.text, 'text');
  const textPath = resolve(dirname(path), text);
  if (!existsSync(textPath)) throw new GoldError(`${path}: field "text" names ${text}, which does not exist`);
  const entities = (field: string) =>
    check.optionalList(root[field], field, (item, at) => {
      const entity = check.object(item, at);
      return {
        canonical: check.string(entity.canonical, `${at}.canonical`),
        forms: check.list(entity.forms, `${at}.forms`, (form, formAt) => check.string(form, formAt)),
      };
    });
  return {
    path,
    textPath,
    lang: root.lang === undefined ? undefined : check.string(root.lang, 'lang'),
    persons: entities('persons'),
    places: entities('places'),
    orgs: entities('orgs'),
    dates: check.optionalList(root.dates, 'dates', (item, at) => {
      const date = check.object(item, at);
      return {
        text: check.string(date.text, `${at}.text`),
        edtf: check.string(date.edtf, `${at}.edtf`),
        inferred: date.inferred === undefined ? undefined : check.boolean(date.inferred, `${at}.inferred`),
      };
    }),
    quantities: check.optionalList(root.quantities, 'quantities', (item, at) => {
      const quantity = check.object(item, at);
      return {
        text: check.string(quantity.text, `${at}.text`),
        value: check.number(quantity.value, `${at}.value`),
        item: quantity.item === undefined ? undefined : check.string(quantity.item, `${at}.item`),
        approximate: quantity.approximate === undefined ? undefined : check.boolean(quantity.approximate, `${at}.approximate`),
      };
    }),
    documents: check.optionalList(root.documents, 'documents', (item, at) => {
      const document = check.object(item, at);
      const names = (field: string) =>
        document[field] === undefined ? undefined : check.list(document[field], `${at}.${field}`, (name, nameAt) => check.string(name, nameAt));
      return {
        text: check.string(document.text, `${at}.text`),
        type: check.string(document.type, `${at}.type`),
        senders: names('senders'),
        recipients: names('recipients'),
        date: document.date === undefined ? undefined : check.string(document.date, `${at}.date`),
      };
    }),
  };
}

/** Type checks that name the file and the field that is wrong. */
class Checker {
  constructor(private readonly path: string) {}

  private fail(field: string, expected: string): never {
    throw new GoldError(`${this.path}: ${field ? `field "${field}"` : 'the file'} must be ${expected}`);
  }

  object(value: unknown, field: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(field, 'an object');
    return value as Record<string, unknown>;
  }

  string(value: unknown, field: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(field, 'a non-empty string');
    return value;
  }

  number(value: unknown, field: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(field, 'a number');
    return value;
  }

  boolean(value: unknown, field: string): boolean {
    if (typeof value !== 'boolean') this.fail(field, 'true or false');
    return value;
  }

  list<T>(value: unknown, field: string, item: (value: unknown, at: string) => T): T[] {
    if (!Array.isArray(value)) this.fail(field, 'a list');
    return value.map((element, index) => item(element, `${field}[${index}]`));
  }

  optionalList<T>(value: unknown, field: string, item: (value: unknown, at: string) => T): T[] | undefined {
    return value === undefined ? undefined : this.list(value, field, item);
  }
}
