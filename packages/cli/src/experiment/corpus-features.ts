import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { EmocodeError } from '@emocode/core';
import { readProvenance } from '@emocode/core/node';
import type { Corpus } from '@emocode/corpus';
import { featureSet, type FeatureSetId } from '@emocode/features';
import { extractFiles, extractorFingerprint, writeOpensmileCsv } from '@emocode/features/node';

/**
 * The table of feature set `set` of every utterance of `corpus` extracted by emocode (returns its
 * path): `<repo>/data/features/<corpus>-<set version>-<code fingerprint>.csv`, e.g.
 * `data/features/emodb-is10-1-3f2a9c01b7de.csv`. Extracted on worker threads (per-file results
 * cached in data/cache/features) and written atomically the first time, with `<file>.emocode.json`
 * beside it; later runs reuse the file while that record vouches for it, and an edited extractor
 * gets a new one. A file there that emocode did not write (or that changed since) is neither read
 * nor replaced.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when some file cannot be extracted (naming it; nothing
 *   is written then) or the table's path holds a file emocode did not write.
 */
export async function corpusFeatures(corpus: Corpus, set: FeatureSetId, repoRoot: string, log: (text: string) => void): Promise<string> {
  // A manifest corpus is named by its path: its file name stands for it.
  const name = basename(corpus.name).replace(/\.csv$/i, '');
  const file = join(repoRoot, 'data', 'features', `${name}-${featureSet(set).version}-${(await extractorFingerprint()).slice(0, 12)}.csv`);
  if (existsSync(file)) {
    if (await readProvenance(file)) return file;
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `corpusFeatures: ${file} exists but emocode did not write it (or it changed since: no matching ${basename(file)}.emocode.json); move or delete it and run again to extract the ${set} features of ${corpus.name}.`,
    );
  }
  log(
    `extracting the ${set} features of ${corpus.name} (${corpus.utterances.length} files) with emocode into ${relative(process.cwd(), file)}\n`,
  );
  const paths = corpus.utterances.map((u) => u.path);
  const result = await extractFiles(
    paths,
    { root: corpus.root, cacheDir: join(repoRoot, 'data', 'cache', 'features'), featureSet: set },
    log,
  );
  const [failure] = result.failures;
  if (failure) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `corpusFeatures: ${result.failures.length} of ${paths.length} files of ${corpus.name} could not be extracted, e.g. ${failure.path}: ${failure.reason}. Fix or remove them and run again.`,
    );
  }
  await writeOpensmileCsv(file, result, { kind: `${set}-features`, corpus: corpus.name, featureSet: set });
  return file;
}
