import { InvalidArgumentError } from 'commander';

/** A commander option parser for whole numbers no smaller than `min`. */
export function wholeNumberFrom(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of ${min} or more`);
    return n;
  };
}
