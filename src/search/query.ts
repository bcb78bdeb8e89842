/**
 * What a user types into the search box, understood: words (all required), "exact
 * phrases", OR, AND, NOT and -word, prefix* and parentheses. The text is parsed into
 * a tree, repaired where it is malformed (each repair noted in `warnings`), and
 * written out as an FTS5 MATCH expression in which every term is quoted, so nothing
 * typed can reach FTS5 as syntax.
 */
import { QueryError } from '../store/store.js';
import { analyze, type Token } from './analyzer.js';

export interface Word {
  /** Stem, compared with the index. */
  term: string;
  /** Folded word, shown back to the user and compared with words for prefixes. */
  form: string;
}

export type QueryNode =
  | { kind: 'term'; word: Word }
  /** `stem` is what the index is searched with: the part of the typed prefix its stemming keeps. */
  | { kind: 'prefix'; form: string; stem: string }
  /** Words in this order; with `prefix`, the last word's stem is a prefix of the passage's word's stem. */
  | { kind: 'phrase'; words: Word[]; prefix: boolean }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

/** What a passage must contain to count as a match, for highlighting. */
export interface MatchTerms {
  terms: Set<string>;
  prefixes: string[];
  phrases: Array<{ words: Word[]; prefix: boolean }>;
}

export interface ParsedQuery {
  /** FTS5 MATCH expression over the passage index. */
  match: string;
  /** The searchable query as a tree, for engines that do not speak FTS5. */
  root: QueryNode;
  /** The query as understood, e.g. `энвер AND батум`. */
  interpreted: string;
  warnings: string[];
  highlight: MatchTerms;
}

export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_TERMS = 32;
/** Shorter prefixes would match much of the vocabulary, which is slow and rarely meant. */
export const MIN_PREFIX_CHARS = 3;

type Lexeme =
  | { kind: 'word'; text: string }
  | { kind: 'phrase'; text: string }
  | { kind: 'open' | 'close' | 'or' | 'and' | 'not' };

const OPERATORS: Record<string, 'or' | 'and' | 'not'> = { OR: 'or', AND: 'and', NOT: 'not' };
/** Characters a typed word is made of: letters, marks, digits, the joiners a word may contain, and the prefix star. */
const WORD_RUN = /[\p{L}\p{M}\p{N}\-'’ʼʹ.*]+/uy;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const WHITESPACE_CONTROL = /[\t\n\r\v\f]/g;

function lex(input: string, warnings: string[]): Lexeme[] {
  let text = input.replace(WHITESPACE_CONTROL, ' ');
  const withoutControl = text.replace(CONTROL, '');
  if (withoutControl.length !== text.length) {
    warnings.push('control characters were ignored');
    text = withoutControl;
  }
  if (text.length > MAX_QUERY_CHARS) {
    warnings.push(`the query was cut to its first ${MAX_QUERY_CHARS} characters`);
    text = text.slice(0, MAX_QUERY_CHARS);
  }
  const lexemes: Lexeme[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) warnings.push('a closing quote was added at the end');
      lexemes.push({ kind: 'phrase', text: text.slice(i + 1, close < 0 ? text.length : close) });
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (ch === '(' || ch === ')') {
      lexemes.push({ kind: ch === '(' ? 'open' : 'close' });
      i++;
      continue;
    }
    // A dash that starts a word excludes what follows it: -word, -"phrase", -(group).
    if (ch === '-' && (i === 0 || !/[\p{L}\p{M}\p{N}]/u.test(text[i - 1]!)) && /["(\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
      lexemes.push({ kind: 'not' });
      i++;
      continue;
    }
    WORD_RUN.lastIndex = i;
    const run = WORD_RUN.exec(text);
    if (run === null) {
      i++; // Punctuation and symbols separate words and are otherwise ignored.
      continue;
    }
    const operator = OPERATORS[run[0]];
    lexemes.push(operator ? { kind: operator } : { kind: 'word', text: run[0] });
    i += run[0].length;
  }
  return lexemes;
}

function toWord(token: Token): Word {
  return { term: token.term, form: token.form };
}

/** Recursive descent over the lexemes, repairing what it cannot use instead of failing. */
class Parser {
  private position = 0;
  private terms = 0;

  constructor(
    private readonly lexemes: Lexeme[],
    private readonly warnings: string[],
  ) {}

  parse(): QueryNode | null {
    const parts: QueryNode[] = [];
    while (this.position < this.lexemes.length) {
      const node = this.parseOr();
      if (node) parts.push(node);
      if (this.peek()?.kind === 'close') {
        this.warn('an unmatched ) was ignored');
        this.position++;
      }
    }
    return combine('and', parts);
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.position];
  }

  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  private parseOr(): QueryNode | null {
    const alternatives: QueryNode[] = [];
    let first = this.parseAnd();
    if (first) alternatives.push(first);
    while (this.peek()?.kind === 'or') {
      this.position++;
      const next = this.parseAnd();
      if (!first || !next) this.warn('OR needs words on both sides; a lone OR was ignored');
      if (next) alternatives.push(next);
      first ??= next;
    }
    return combine('or', alternatives);
  }

  private parseAnd(): QueryNode | null {
    const children: QueryNode[] = [];
    for (let next = this.peek(); next && next.kind !== 'or' && next.kind !== 'close'; next = this.peek()) {
      if (next.kind === 'and') {
        this.position++;
        const following = this.peek()?.kind;
        if (children.length === 0 || !following || following === 'or' || following === 'close') {
          this.warn('AND needs words on both sides; a lone AND was ignored');
        }
        continue;
      }
      const node = this.parseUnary();
      if (node) children.push(node);
    }
    return combine('and', children);
  }

  private parseUnary(): QueryNode | null {
    const lexeme = this.lexemes[this.position++]!;
    switch (lexeme.kind) {
      case 'not': {
        const following = this.peek()?.kind;
        if (!following || following === 'or' || following === 'and' || following === 'close') {
          this.warn('NOT needs a word after it; it was ignored');
          return null;
        }
        const child = this.parseUnary();
        if (!child) return null;
        return child.kind === 'not' ? child.child : { kind: 'not', child };
      }
      case 'open': {
        const inner = this.parseOr();
        if (this.peek()?.kind === 'close') this.position++;
        else this.warn('a missing ) was added at the end');
        if (!inner) this.warn('empty parentheses were ignored');
        return inner;
      }
      case 'word':
        return this.word(lexeme.text);
      case 'phrase':
        return this.phrase(lexeme.text);
      default:
        return null; // 'and', 'or' and 'close' are consumed by the callers above.
    }
  }

  private word(text: string): QueryNode | null {
    const tokens = analyze(text);
    if (tokens.length === 0) {
      if (text.includes('*')) this.warn(`"${text}" was ignored: a * must end a word, as in догов*`);
      return null;
    }
    if (!this.admit()) return null;
    let prefix = text.endsWith('*') && tokens[tokens.length - 1]!.end === text.replace(/\*+$/, '').length;
    const last = tokens[tokens.length - 1]!;
    if (prefix && last.form.length < MIN_PREFIX_CHARS) {
      this.warn(`prefixes need at least ${MIN_PREFIX_CHARS} letters; "${text}" was searched as a whole word`);
      prefix = false;
    }
    if (tokens.length > 1) return { kind: 'phrase', words: tokens.map(toWord), prefix };
    return prefix ? { kind: 'prefix', form: last.form, stem: commonPrefix(last.form, last.term) } : { kind: 'term', word: toWord(last) };
  }

  private phrase(text: string): QueryNode | null {
    const tokens = analyze(text);
    if (tokens.length === 0) {
      this.warn('an empty phrase was ignored');
      return null;
    }
    if (!this.admit()) return null;
    if (tokens.length === 1) return { kind: 'term', word: toWord(tokens[0]!) };
    return { kind: 'phrase', words: tokens.map(toWord), prefix: false };
  }

  /** Counts a term against the limit that keeps the MATCH expression small. */
  private admit(): boolean {
    if (this.terms >= MAX_QUERY_TERMS) {
      this.warn(`only the first ${MAX_QUERY_TERMS} words were searched`);
      return false;
    }
    this.terms++;
    return true;
  }
}

/** An AND or OR of the nodes, flattening nested ones of the same kind; a single node stands for itself. */
function combine(kind: 'and' | 'or', nodes: QueryNode[]): QueryNode | null {
  const children = nodes.flatMap((node) => (node.kind === kind ? node.children : [node]));
  if (children.length === 0) return null;
  return children.length === 1 ? children[0]! : { kind, children };
}

/**
 * Drops what FTS5 cannot search — exclusions with nothing to exclude from — and
 * returns the searchable rest, or null.
 */
function searchable(node: QueryNode, warnings: string[]): QueryNode | null {
  switch (node.kind) {
    case 'not':
      return null;
    case 'and': {
      const kept: QueryNode[] = [];
      for (const child of node.children) {
        const part = child.kind === 'not' ? notOf(searchable(child.child, warnings)) : searchable(child, warnings);
        if (part) kept.push(part);
      }
      if (!kept.some((child) => child.kind !== 'not')) return null;
      return combine('and', kept);
    }
    case 'or': {
      const kept: QueryNode[] = [];
      for (const child of node.children) {
        const part = searchable(child, warnings);
        if (part) kept.push(part);
        else warnings.push(`"${interpret(child)}" was ignored: an alternative of OR cannot consist only of excluded words`);
      }
      return combine('or', kept);
    }
    default:
      return node;
  }
}

function notOf(child: QueryNode | null): QueryNode | null {
  return child ? { kind: 'not', child } : null;
}

/**
 * The index holds stems only, so a typed prefix is cut to what stemming keeps of it
 * (`батуме*` searches stems starting with `батум`): a prefix then matches at least every
 * word that starts with it, and a little more.
 */
function commonPrefix(a: string, b: string): string {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return a.slice(0, k);
}

function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** The nodes that match words (terms, prefixes, phrases) in the order toMatch writes them, which is the order FTS5 numbers its phrases in. */
export function phrasesInMatchOrder(node: QueryNode): Array<Extract<QueryNode, { kind: 'term' | 'prefix' | 'phrase' }>> {
  switch (node.kind) {
    case 'term':
    case 'prefix':
    case 'phrase':
      return [node];
    case 'or':
      return node.children.flatMap(phrasesInMatchOrder);
    case 'not':
      return phrasesInMatchOrder(node.child);
    case 'and': {
      const required = node.children.filter((child) => child.kind !== 'not');
      const excluded = node.children.filter((child) => child.kind === 'not');
      return [...required, ...excluded].flatMap(phrasesInMatchOrder);
    }
  }
}

function toMatch(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return `stems : ${quote(node.word.term)}`;
    case 'prefix':
      return `stems : ${quote(node.stem)} *`;
    case 'phrase':
      return `stems : ${quote(node.words.map((word) => word.term).join(' '))}${node.prefix ? ' *' : ''}`;
    case 'or':
      return `(${node.children.map(toMatch).join(' OR ')})`;
    case 'not':
      return toMatch(node.child);
    case 'and': {
      const required = node.children.filter((child) => child.kind !== 'not').map(toMatch);
      const excluded = node.children.filter((child) => child.kind === 'not').map(toMatch);
      let expression = required.length === 1 ? required[0]! : `(${required.join(' AND ')})`;
      for (const exclusion of excluded) expression = `(${expression} NOT ${exclusion})`;
      return expression;
    }
  }
}

export function interpret(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return node.word.form;
    case 'prefix':
      return `${node.form}*`;
    case 'phrase':
      return `"${node.words.map((word) => word.form).join(' ')}${node.prefix ? '*' : ''}"`;
    case 'not':
      return `NOT ${grouped(node.child)}`;
    case 'and':
      return node.children.map(grouped).join(' AND ');
    case 'or':
      return node.children.map(grouped).join(' OR ');
  }
}

function grouped(node: QueryNode): string {
  return node.kind === 'and' || node.kind === 'or' ? `(${interpret(node)})` : interpret(node);
}

function collectMatchTerms(node: QueryNode, into: MatchTerms): MatchTerms {
  switch (node.kind) {
    case 'term':
      into.terms.add(node.word.term);
      break;
    case 'prefix':
      into.prefixes.push(node.stem);
      break;
    case 'phrase':
      into.phrases.push({ words: node.words, prefix: node.prefix });
      break;
    case 'and':
    case 'or':
      for (const child of node.children) collectMatchTerms(child, into);
      break;
    case 'not':
      break; // Excluded words are absent from every hit.
  }
  return into;
}

/** Parses and repairs a query; throws QueryError only when nothing searchable remains. */
export function parseQuery(text: string): ParsedQuery {
  const warnings: string[] = [];
  const parsed = new Parser(lex(text, warnings), warnings).parse();
  if (!parsed) {
    throw new QueryError(
      text.trim() === ''
        ? 'the query is empty: type a word to search for'
        : `nothing to search for in "${text.slice(0, 80)}": type at least one word of letters or digits`,
    );
  }
  const root = searchable(parsed, warnings);
  if (!root) {
    throw new QueryError(
      `"${interpret(parsed)}" only excludes words: add a word to search for, e.g. "энвер -батум"`,
    );
  }
  return {
    match: toMatch(root),
    root,
    interpreted: interpret(root),
    warnings,
    highlight: collectMatchTerms(root, { terms: new Set(), prefixes: [], phrases: [] }),
  };
}
