import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Folder names a corpus may have on disk (the shared copies are `ravdess-speech-16k`, `emodb-16k`). */
const aliases: Record<string, readonly string[]> = { ravdess: ['ravdess', 'ravdess-speech-16k'], emodb: ['emodb', 'emodb-16k'] };

/** Where corpora live: `$EMOCODE_DATA`, `<repo>/data/corpora`, `<repo>/../shared/corpora`. */
export interface CorpusSearch {
  /** Value of EMOCODE_DATA (a directory containing `<name>/`); defaults to process.env. */
  dataDir?: string;
  /** The repository (or project) root; defaults to the nearest ancestor of cwd with pnpm-workspace.yaml, else cwd. */
  repoRoot?: string;
}

/** The repository root as defined in CorpusSearch. */
export function findRepoRoot(start = process.cwd()): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}

/**
 * Every directory searched for corpus `name`, in order (with aliases).
 * @example corpusSearchPaths('ravdess') // ['<repo>/data/corpora/ravdess', ..., '<repo>/../shared/corpora/ravdess-speech-16k']
 */
export function corpusSearchPaths(name: string, search: CorpusSearch = {}): string[] {
  const dataDir = search.dataDir ?? process.env.EMOCODE_DATA;
  const repo = search.repoRoot ?? findRepoRoot();
  const bases = [dataDir, join(repo, 'data', 'corpora'), join(repo, '..', 'shared', 'corpora')].filter((b): b is string => !!b);
  return bases.flatMap((base) => (aliases[name] ?? [name]).map((folder) => resolve(base, folder)));
}

/** The first existing directory of corpusSearchPaths, or undefined. */
export function findCorpusRoot(name: string, search: CorpusSearch = {}): string | undefined {
  return corpusSearchPaths(name, search).find((dir) => existsSync(dir) && statSync(dir).isDirectory());
}
