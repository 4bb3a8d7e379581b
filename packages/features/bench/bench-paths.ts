// Where the bench finds the shared data: `../shared` beside the checkout (PREAMBLE "Data").
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Absolute paths of the shared corpus and the openSMILE reference CSV. */
export const benchPaths = {
  corpus: path.resolve(repoRoot, '../shared/corpora/ravdess-speech-16k'),
  reference: path.resolve(repoRoot, '../shared/reference/opensmile-is10/ravdess-speech-16k.is10.csv'),
};

/** True when both the corpus and the reference exist. */
export function haveSharedData(): boolean {
  return existsSync(benchPaths.corpus) && existsSync(benchPaths.reference);
}
