import { InvalidArgumentError } from 'commander';
import { isPlainDate } from '../util/edtf-bounds.js';

/** A commander option parser for whole numbers no smaller than `min`. */
export function wholeNumberFrom(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of ${min} or more`);
    return n;
  };
}

/** A commander option parser for a year, a month or a day (`1921`, `1921-08`, `1921-08-18`). */
export function partialDate(value: string): string {
  if (!isPlainDate(value)) throw new InvalidArgumentError('expected a year, year-month or date: 1921, 1921-08, 1921-08-18');
  return value;
}
