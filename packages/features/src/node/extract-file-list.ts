import { readdir, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { EmocodeError } from '@emocode/core';

/** One input file: its path and its instance name (path relative to the root, `/`-separated). */
export interface ExtractInput {
  readonly path: string;
  readonly name: string;
}

async function walkWavFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const path = resolve(dir, e.name);
      if (e.isDirectory()) return walkWavFiles(path);
      return e.isFile() && /\.wav$/i.test(e.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

async function expand(input: string): Promise<{ files: string[]; isDir: boolean }> {
  const path = resolve(input);
  const info = await stat(path).catch((error: unknown) => {
    throw new EmocodeError('EMOCODE_NOT_FOUND', `extractFiles: input ${input} does not exist. Pass WAV files or folders.`, {
      cause: error,
    });
  });
  return info.isDirectory() ? { files: await walkWavFiles(path), isDir: true } : { files: [path], isDir: false };
}

function commonFolder(paths: readonly string[]): string {
  let common = dirname(paths[0] as string);
  for (const p of paths) while (!`${p}${sep}`.startsWith(common.endsWith(sep) ? common : `${common}${sep}`)) common = dirname(common);
  return common;
}

/**
 * Expands files and folders (recursively, `*.wav`, case-insensitive) into inputs sorted by
 * instance name (code-unit order, so the order is the same on every machine). The root is
 * `root`, else the folder when one folder is given, else the common folder of all files.
 * @throws EmocodeError EMOCODE_NOT_FOUND for a missing input, EMOCODE_INVALID_INPUT when
 *   nothing is found or a file lies outside the root.
 */
export async function listExtractInputs(inputs: readonly string[], root?: string): Promise<{ root: string; files: ExtractInput[] }> {
  const expanded = await Promise.all(inputs.map(expand));
  const paths = [...new Set(expanded.flatMap((e) => e.files))];
  if (paths.length === 0) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `extractFiles: inputs must contain WAV files, got none in ${inputs.join(', ') || '(no inputs)'}.`,
    );
  }
  const single = expanded.length === 1 && expanded[0]?.isDir === true;
  const base = root !== undefined ? resolve(root) : single ? resolve(inputs[0] as string) : commonFolder(paths);
  const files = paths.map((path) => {
    const name = relative(base, path).split(sep).join('/');
    if (name.startsWith('../')) {
      throw new EmocodeError(
        'EMOCODE_INVALID_INPUT',
        `extractFiles: every file must lie inside the root ${base}, got ${path}. Pass another --root.`,
      );
    }
    return { path, name };
  });
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { root: base, files };
}

/** Contiguous block `index` of `count` of the sorted inputs; blocks in order concatenate to the whole. */
export function shardInputs<T>(files: readonly T[], shard: { index: number; count: number }): T[] {
  const from = Math.floor((shard.index * files.length) / shard.count);
  const to = Math.floor(((shard.index + 1) * files.length) / shard.count);
  return files.slice(from, to);
}
