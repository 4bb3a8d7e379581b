import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACTOR_VERSION } from '../extractor-version.js';
import { featureSet, type FeatureSetId } from '../feature-set.js';

export { EXTRACTOR_VERSION };

async function codeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'testing' ? [] : codeFiles(path);
      return /\.(ts|js)$/.test(e.name) && !/\.(test|bench)\.|\.d\.ts$/.test(e.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

let fingerprint: Promise<string> | undefined;

/**
 * A sha256 over every code file of this package as it runs (`src/` from source, `dist/` when
 * built), tests excluded: any code change gives a new fingerprint, so the cache never serves
 * values of an older extractor, even during development without a version bump.
 */
export function extractorFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    const files = (await codeFiles(root)).sort();
    const hash = createHash('sha256').update(EXTRACTOR_VERSION);
    for (const file of files) hash.update(`\0${relative(root, file)}\0`).update(await readFile(file));
    return hash.digest('hex');
  })();
  return fingerprint;
}

/**
 * The cache namespace of one extractor build, one feature set (id and version) and one set of
 * extraction options: IS10 and eGeMAPS entries of the same file never collide.
 */
export async function extractorCacheKey(
  options: { targetRateHz: 16000 | 'native'; featureSet?: FeatureSetId },
  version?: string,
): Promise<string> {
  const code = version ?? (await extractorFingerprint());
  const set = featureSet(options.featureSet ?? 'is10');
  return createHash('sha256')
    .update(JSON.stringify({ code, targetRateHz: options.targetRateHz, featureSet: set.id, setVersion: set.version }))
    .digest('hex');
}
