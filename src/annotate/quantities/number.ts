/**
 * Numbers as both languages write them: figures with thousands separators and decimal
 * marks (`39 000`, `400,000`, `20.000`, `3,5`, `1.2`), number words and multipliers
 * (`пять миллионов`, `two hundred and fifty`, `39 тыс.`, `hundreds of thousands`).
 * The language says which words are numbers; composing them is shared.
 */
import type { NumberWord, QuantityLanguage } from './language.js';
import { continuesPrevious, isGlued, type Token } from './tokens.js';

export interface NumberReading {
  /** Index of the token after the number. */
  next: number;
  value: number;
  /** Written at least partly in figures. */
  hasFigure: boolean;
  /** One run of digits and nothing else (`1921`, `327`): could be a year. */
  plainFigure: boolean;
  /** Figures with thousands separators (`39 000`, `400,000`). */
  grouped: boolean;
  /** Ends with a multiplier (`39 тыс.`, `five million`): the noun after it agrees with the multiplier. */
  endsWithScale: boolean;
  /** The multiplier it ends with is plural (`thousands`, `тысячи`). */
  endsWithPluralScale: boolean;
  /** The last count before the noun when there is no multiplier (`327`, `два`, `twenty-one` → 21). */
  lastCount?: number;
  /** A plural multiplier with no count (`сотни тысяч`, `thousands of`): a vague figure. */
  vague: boolean;
}

interface Figure {
  value: number;
  /** The value if a single three-digit group after the decimal mark is a decimal part (`1,250 млн`). */
  asDecimal?: number;
  grouped: boolean;
  plain: boolean;
  next: number;
}

/** Token texts that may stand right before a figure without whitespace: brackets, quotes, currency, `~`. */
const OPENERS = new Set(['(', '[', '«', '"', '“', '„', "'", '‘', '~', '≈', '$', '£', '€']);
const GROUP_MARKS = new Set([',', '.']);
/** Marks that, glued between a figure and more letters or digits, make it part of something else (`3.05.1922`, `1914-1918`, `3/82`, `2-й`). */
const JOINING_MARKS = new Set(['.', ',', '-', '‐', '–', '—', '/', ':', '_', '\\', '+', '×']);

/**
 * Reads a figure at `index`, or undefined when the digits there belong to something else (a date,
 * a code, a reference). Either mark separates thousands before three digits (`400,000`, `20.000`)
 * and decimals before others (`3,5`, `1.2`); `decimalMark` says which one a lone three-digit
 * group may be a decimal part after, before a multiplier.
 */
function readFigure(tokens: readonly Token[], index: number, decimalMark: string): Figure | undefined {
  const first = tokens[index];
  if (first?.kind !== 'digits' || first.taken) return undefined;
  const before = tokens[index - 1];
  if (isGlued(first) && before && !OPENERS.has(before.text)) return undefined;
  // The middle of `10 000 000`, when the whole was not a figure.
  if (before?.kind === 'digits' && before.text.length <= 3 && groupSeparatorAt(tokens, index) === ' ') return undefined;

  let value = Number(first.text);
  let next = index + 1;
  let grouped = false;
  let asDecimal: number | undefined;
  let groupMark: string | undefined;
  if (first.text.length <= 3) {
    let groups = 0;
    for (;;) {
      const mark = groupSeparatorAt(tokens, next);
      if (mark === undefined || (groupMark !== undefined && mark !== groupMark)) break;
      const digits = tokens[next + (mark === ' ' ? 0 : 1)]!;
      value = value * 1000 + Number(digits.text);
      groupMark = mark;
      groups += 1;
      next += mark === ' ' ? 1 : 2;
    }
    grouped = groups > 0;
    if (groups === 1 && groupMark === decimalMark) asDecimal = Number(`${first.text}.${tokens[next - 1]!.text}`);
  }
  const decimal = decimalPartAt(tokens, next, groupMark);
  if (decimal !== undefined) {
    value = Number(`${value}.${decimal}`);
    asDecimal = undefined;
    next += 2;
  }
  if (continuesOtherwise(tokens, next) || !Number.isFinite(value)) return undefined;
  return { value, asDecimal, grouped, plain: next === index + 1, next };
}

/** The separator of a three-digit group at `index` (`' '` for whitespace), if one is there. */
function groupSeparatorAt(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index];
  if (!token || token.taken) return undefined;
  if (token.kind === 'digits') {
    return token.text.length === 3 && token.gap.length === 1 && !token.gap.includes('\n') ? ' ' : undefined;
  }
  const digits = tokens[index + 1];
  if (!GROUP_MARKS.has(token.text) || !isGlued(token) || digits?.kind !== 'digits' || !isGlued(digits)) return undefined;
  return digits.text.length === 3 && !digits.taken ? token.text : undefined;
}

/** The digits after a decimal mark at `index` (any mark but the one that grouped thousands). */
function decimalPartAt(tokens: readonly Token[], index: number, groupMark: string | undefined): string | undefined {
  const mark = tokens[index];
  const digits = tokens[index + 1];
  if (!mark || !GROUP_MARKS.has(mark.text) || mark.text === groupMark || !isGlued(mark)) return undefined;
  if (digits?.kind !== 'digits' || !isGlued(digits) || digits.taken) return undefined;
  return digits.text;
}

/** True when the figure ending before `index` runs on into letters or more digits. */
function continuesOtherwise(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index];
  if (!isGlued(after)) return false;
  if (after!.kind !== 'mark') return true;
  return JOINING_MARKS.has(after!.text) && continuesPrevious(tokens[index + 1]);
}

/**
 * Reads the longest well-formed number at `index`: a figure or number words, then
 * multipliers in falling order (`1 млн 200 тыс.`, `two hundred and fifty thousand`).
 */
export function readNumber(tokens: readonly Token[], index: number, language: QuantityLanguage): NumberReading | undefined {
  const composer = new Composer();
  let position = index;
  for (;;) {
    const figure = composer.acceptsFigure() ? readFigure(tokens, position, language.decimalMark) : undefined;
    if (figure) {
      composer.addFigure(figure);
      position = figure.next;
      continue;
    }
    const reading = tokens[position]?.taken ? undefined : language.numberWordAt(tokens, position);
    if (!reading || !composer.addWord(reading.word, reading.link, reading.next)) break;
    position = reading.next;
  }
  return composer.result();
}

/** Composes the parts of a number one by one, remembering the last point where they made a whole number. */
class Composer {
  private total = 0;
  private current: number | undefined;
  private currentFigure: Figure | undefined;
  /** A count word may follow only when smaller than this (`двадцать пять`, not `пять двадцать`). */
  private countBelow = Infinity;
  /** A multiplier ≥ 1000 may follow only when smaller than this (`миллион … тысяч`). */
  private groupBelow = Infinity;
  private previous: NumberWord | 'figure' | undefined;
  private parts = 0;
  private hasFigure = false;
  private grouped = false;
  private vague = false;
  /** `a` waiting for its multiplier, or a figure after a multiplier waiting for a smaller one. */
  private pending = false;
  private committed: NumberReading | undefined;

  acceptsFigure(): boolean {
    return this.current === undefined && (this.parts === 0 || this.total > 0);
  }

  addFigure(figure: Figure): void {
    this.pending = this.total > 0;
    this.current = figure.value;
    this.currentFigure = figure;
    this.countBelow = 0;
    this.hasFigure = true;
    this.grouped ||= figure.grouped;
    this.previous = 'figure';
    this.parts += 1;
    if (!this.pending) this.commit(figure.next, false, figure.plain && this.parts === 1);
  }

  addWord(word: NumberWord, link: 'and' | 'of' | undefined, next: number): boolean {
    if (link === 'and' && !(typeof this.previous === 'object' && this.previous.kind === 'scale')) return false;
    if (link === 'of' && !(typeof this.previous === 'object' && this.previous.kind === 'scale' && this.previous.plural)) return false;
    if (word.kind === 'count') {
      if (this.pending || this.current !== undefined ? word.value >= this.countBelow : word.value >= this.groupBelow) return false;
      this.current = (this.current ?? 0) + word.value;
      this.countBelow = word.value >= 100 ? 100 : word.value >= 20 ? 10 : 0;
      this.pending = word.onlyBeforeScale === true;
    } else {
      const implicit = this.current === undefined;
      if (implicit && (word.abbreviation || this.total > 0)) return false;
      const asDecimal = this.decimalBefore(word.value);
      const count = asDecimal ?? this.current ?? 1;
      if (word.value < 1000) {
        if (count >= word.value) return false;
        this.current = count * word.value;
        this.countBelow = word.value;
      } else {
        if (word.value >= this.groupBelow) return false;
        this.total += count * word.value;
        this.current = undefined;
        this.groupBelow = word.value;
        this.countBelow = Infinity;
      }
      if (implicit && word.plural) this.vague = true;
      if (asDecimal !== undefined) this.grouped = false;
      this.currentFigure = undefined;
      this.pending = false;
    }
    this.previous = word;
    this.parts += 1;
    if (!this.pending) this.commit(next, word.kind === 'scale', false);
    return true;
  }

  result(): NumberReading | undefined {
    return this.committed;
  }

  /** The figure before a multiplier ≥ 1000 read with its lone three-digit group as decimals (`1,250 млн`), if it can be. */
  private decimalBefore(scale: number): number | undefined {
    return scale >= 1000 ? this.currentFigure?.asDecimal : undefined;
  }

  private commit(next: number, endsWithScale: boolean, plainFigure: boolean): void {
    const value = Number((this.total + (this.current ?? 0)).toPrecision(12));
    if (!Number.isFinite(value)) return;
    const previous = this.previous;
    this.committed = {
      next,
      value,
      hasFigure: this.hasFigure,
      plainFigure,
      grouped: this.grouped,
      endsWithScale,
      endsWithPluralScale: endsWithScale && typeof previous === 'object' && previous.kind === 'scale' && previous.plural,
      lastCount: endsWithScale ? undefined : this.current,
      vague: this.vague,
    };
  }
}
