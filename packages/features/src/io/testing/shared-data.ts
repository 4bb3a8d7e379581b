// Test helper: locates the shared data folder (`../shared` beside the checkout, PREAMBLE "Data").
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** Absolute path of `<repo>/../shared/<parts…>`. */
export function sharedPath(...parts: string[]): string {
  return path.resolve(repoRoot, '../shared', ...parts);
}

/** True when the shared file or folder exists (tests `skipIf` only when it does not). */
export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}
