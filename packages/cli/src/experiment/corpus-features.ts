import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { EmocodeError } from '@emocode/core';
import type { Corpus } from '@emocode/corpus';
import { featureSet, type FeatureSetId } from '@emocode/features';
import { extractFiles, extractorFingerprint, writeOpensmileCsv } from '@emocode/features/node';

/**
 * The table of feature set `set` of every utterance of `corpus` extracted by emocode (returns its
 * path): `<repo>/data/features/<corpus>-<set version>-<code fingerprint>.csv`, e.g.
 * `data/features/emodb-is10-1-3f2a9c01b7de.csv`. Extracted on worker threads (per-file results
 * cached in data/cache/features) and written atomically the first time; later runs reuse the
 * file, and an edited extractor gets a new one.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when some file cannot be extracted (naming it); nothing is written then.
 */
export async function corpusFeatures(corpus: Corpus, set: FeatureSetId, repoRoot: string, log: (text: string) => void): Promise<string> {
  // A manifest corpus is named by its path: its file name stands for it.
  const name = basename(corpus.name).replace(/\.csv$/i, '');
  const file = join(repoRoot, 'data', 'features', `${name}-${featureSet(set).version}-${(await extractorFingerprint()).slice(0, 12)}.csv`);
  if (existsSync(file)) return file;
  log(`extracting the ${set} features of ${corpus.name} (${corpus.utterances.length} files) with emocode into ${relative(process.cwd(), file)}\n`);
  const paths = corpus.utterances.map((u) => u.path);
  const result = await extractFiles(paths, { root: corpus.root, cacheDir: join(repoRoot, 'data', 'cache', 'features'), featureSet: set }, log);
  const [failure] = result.failures;
  if (failure) {
    throw new EmocodeError('EMOCODE_INVALID_INPUT', `corpusFeatures: ${result.failures.length} of ${paths.length} files of ${corpus.name} could not be extracted, e.g. ${failure.path}: ${failure.reason}. Fix or remove them and run again.`);
  }
  await writeOpensmileCsv(file, result);
  return file;
}
