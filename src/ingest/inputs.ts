/**
 * Turns what the user named on the command line — files, folders, glob patterns —
 * into a sorted list of files, with an error for each name that matches nothing.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isSupported } from '../read/index.js';

export interface ExpandedInputs {
  files: string[];
  /** Names that matched nothing, each with the reason. */
  missing: Array<{ input: string; reason: string }>;
}

/**
 * Folders are walked recursively for supported formats; a file named directly is always
 * tried. Files come back as absolute paths, each once however it was named.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files = new Set<string>();
  const missing: ExpandedInputs['missing'] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const file of await walk(input)) files.add(resolve(file));
    } else if (info) {
      files.add(resolve(input));
    } else if (isDynamicPattern(input)) {
      const matches = await glob(input, { onlyFiles: true, dot: false });
      const supported = matches.filter((file) => isSupported(file));
      if (supported.length === 0) missing.push({ input, reason: 'the pattern matches no file of a supported format' });
      for (const file of supported) files.add(resolve(file));
    } else {
      missing.push({ input, reason: 'no such file or folder' });
    }
  }
  return { files: [...files].sort(), missing };
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && isSupported(path)) found.push(path);
  }
  return found;
}
