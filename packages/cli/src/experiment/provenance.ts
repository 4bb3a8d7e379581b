import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES } from './code-fingerprint.js';

/** What produced a run's results, kept in summary.json and shown by the HTML report. */
export interface RunProvenance {
  command: string;
  /** `git rev-parse HEAD` of the checkout holding the spec, `-dirty` with uncommitted changes to tracked files; else why not known. */
  commit: string;
  /** Hash of the code that computes the numbers (part of the run hash). */
  code: string;
  /** Version of every package that decides the numbers, and of this command line. */
  packages: Record<string, string>;
  node: string;
  /** The spec as run: its profile and every override (folds, seeds, normalisation, classifier) applied. */
  spec: unknown;
  writtenAt: string;
}

/** The provenance record of a run of `spec` (profiled, overrides applied) from the folder `dir`, whose code hashed to `code`. */
export function runProvenance(spec: unknown, dir: string, command: string, code: string): RunProvenance {
  return {
    command,
    commit: gitCommit(dir),
    code,
    packages: Object.fromEntries([...PACKAGES, '@emocode/cli'].map((name) => [name, packageVersion(name)])),
    node: process.version,
    spec,
    writtenAt: new Date().toISOString(),
  };
}

function gitCommit(dir: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const head = git('rev-parse', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') === '' ? head : `${head}-dirty`;
  } catch {
    return 'unknown (the spec is not in a git checkout, or git is missing)';
  }
}

/** The `version` of the package.json above the entry `name` resolves to (source or built). */
function packageVersion(name: string): string {
  let dir = name === '@emocode/cli' ? dirname(fileURLToPath(import.meta.url)) : dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? 'unknown';
    } catch {
      // no package.json here: look one folder up
    }
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}
