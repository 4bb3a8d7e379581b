import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages whose code decides an experiment's numbers. */
export const PACKAGES = [
  '@emocode/core',
  '@emocode/features',
  '@emocode/model',
  '@emocode/training',
  '@emocode/synthesis',
  '@emocode/evaluation',
];

/**
 * SHA-256 (16 hex) over the code that computes the results: every non-test source file of the
 * packages above (the folder their entry resolves to: `src/` from source, `dist/` when built)
 * and of this folder. Part of the run hash, so edited code never reuses finished folds.
 */
export function codeFingerprint(): string {
  const h = createHash('sha256');
  const dirs = [...PACKAGES.map((p) => dirname(fileURLToPath(import.meta.resolve(p)))), dirname(fileURLToPath(import.meta.url))];
  for (const dir of dirs) for (const file of codeFiles(dir)) h.update(file.slice(dir.length)).update(readFileSync(file));
  return h.digest('hex').slice(0, 16);
}

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...codeFiles(path));
    else if (/\.(ts|js|mjs)$/.test(entry.name) && !/\.test\.|\.d\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}
