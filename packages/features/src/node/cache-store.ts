import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@emocode/core/node';

/** One cache entry: the feature vector and the audio length it came from. */
export interface CachedFeatures {
  readonly values: Float32Array;
  readonly durationSeconds: number;
}

/** A content-addressed store of feature vectors for one extractor key. */
export interface FeatureCache {
  /** What is stored for this file content, or undefined (never a wrong-length or non-finite vector). */
  get(contentSha256: string): Promise<CachedFeatures | undefined>;
  set(contentSha256: string, entry: CachedFeatures): Promise<void>;
}

/**
 * Stores each vector plus the duration as raw float32 (platform byte order) under
 * `<dir>/<extractorKey[0..16]>/<sha[0..2]>/<sha>.f32`. Keys combine the file content hash with
 * the extractor key (code fingerprint + options), so a changed file or extractor misses.
 * Files are written atomically; a damaged entry reads as a miss.
 */
export function createFeatureCache(dir: string, extractorKey: string, dims: number): FeatureCache {
  const pathOf = (sha: string): string => join(dir, extractorKey.slice(0, 16), sha.slice(0, 2), `${sha}.f32`);
  return {
    async get(sha) {
      const bytes = await readFile(pathOf(sha)).catch(() => undefined);
      if (bytes === undefined || bytes.byteLength !== (dims + 1) * 4) return undefined;
      const stored = new Float32Array(dims + 1);
      new Uint8Array(stored.buffer).set(bytes);
      if (!stored.every(Number.isFinite)) return undefined;
      return { values: stored.slice(0, dims), durationSeconds: stored[dims] };
    },
    async set(sha, entry) {
      const stored = new Float32Array(dims + 1);
      stored.set(entry.values);
      stored[dims] = entry.durationSeconds;
      await writeFileAtomic(pathOf(sha), new Uint8Array(stored.buffer));
    },
  };
}
