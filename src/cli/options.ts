import { InvalidArgumentError } from 'commander';

/** A commander option parser for whole numbers no smaller than `min`. */
export function wholeNumberFrom(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of ${min} or more`);
    return n;
  };
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A commander option parser for a year, a month or a day (`1921`, `1921-08`, `1921-08-18`). */
export function partialDate(value: string): string {
  if (!PARTIAL_DATE.test(value)) throw new InvalidArgumentError('expected a year, year-month or date: 1921, 1921-08, 1921-08-18');
  return value;
}
