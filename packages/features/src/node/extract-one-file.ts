import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { EmocodeError } from '@emocode/core';
import { extractFeatures } from '../extract-features.js';
import type { ResolvedExtractFeaturesOptions } from '../extract-features-options.js';
import type { FeatureCache } from './cache-store.js';

/** The features of one file and how they were obtained. */
export interface OneFileResult {
  readonly values: Float32Array;
  /** Audio length in seconds. */
  readonly durationSeconds: number;
  readonly cached: boolean;
}

/**
 * Reads one WAV file, serves it from the cache when its content hash is known, else extracts
 * and stores it. Cache trouble (full disk, races) never fails the extraction.
 * @throws EmocodeError from reading, decoding or extraction (the caller reports and skips).
 */
export async function extractOneFile(
  path: string,
  options: ResolvedExtractFeaturesOptions,
  cache: FeatureCache | undefined,
): Promise<OneFileResult> {
  const bytes = await readFile(path).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new EmocodeError('EMOCODE_NOT_FOUND', `extractFiles: cannot read ${path} (${code}).`, { cause: error });
  });
  const sha = cache === undefined ? '' : createHash('sha256').update(bytes).digest('hex');
  const hit = cache === undefined ? undefined : await cache.get(sha);
  if (hit !== undefined) return { ...hit, cached: true };
  const { values, durationSeconds } = extractFeatures(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);
  await cache?.set(sha, { values, durationSeconds }).catch(() => undefined);
  return { values, durationSeconds, cached: false };
}
