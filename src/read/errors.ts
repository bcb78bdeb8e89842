export type ReadFailure =
  | 'missing'
  | 'empty'
  | 'binary'
  | 'unsupported'
  | 'unreadable'
  | 'tool-missing'
  | 'no-text';

/** A file that cannot be read, told in words the user can act on. */
export class ReadError extends Error {
  override readonly name = 'ReadError';

  /** `problem` completes a message that starts with the path: "scans/p1.png: <problem>". */
  constructor(
    readonly path: string,
    readonly reason: ReadFailure,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, options);
  }
}
