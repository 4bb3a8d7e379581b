import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractorCacheKey, extractorFingerprint } from './cache-fingerprint.js';
import { createFeatureCache } from './cache-store.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emocode-cache-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const sha = 'ab'.repeat(32);

describe('createFeatureCache', () => {
  it('round-trips values and duration, per extractor key', async () => {
    const dir = await tempDir();
    const v1 = createFeatureCache(dir, await extractorCacheKey({ targetRateHz: 16000 }, 'v1'), 3);
    const v2 = createFeatureCache(dir, await extractorCacheKey({ targetRateHz: 16000 }, 'v2'), 3);
    await v1.set(sha, { values: Float32Array.of(1, 2.5, -3), durationSeconds: 3.25 });
    expect(await v1.get(sha)).toEqual({ values: Float32Array.of(1, 2.5, -3), durationSeconds: 3.25 });
    expect(await v2.get(sha)).toBeUndefined();
    expect(await v1.get('cd'.repeat(32))).toBeUndefined();
  });

  it('treats a damaged entry as a miss', async () => {
    const dir = await tempDir();
    const key = await extractorCacheKey({ targetRateHz: 16000 }, 'v1');
    const cache = createFeatureCache(dir, key, 3);
    await cache.set(sha, { values: Float32Array.of(1, 2, 3), durationSeconds: 1 });
    const [keyDir] = await readdir(dir);
    await writeFile(join(dir, keyDir as string, sha.slice(0, 2), `${sha}.f32`), new Uint8Array(5));
    expect(await cache.get(sha)).toBeUndefined();
  });

  it('keys differ by options, feature set and code fingerprint', async () => {
    const a = await extractorCacheKey({ targetRateHz: 16000 });
    expect(a).toBe(await extractorCacheKey({ targetRateHz: 16000, featureSet: 'is10' }));
    expect(a).not.toBe(await extractorCacheKey({ targetRateHz: 16000, featureSet: 'egemaps' }));
    expect(a).not.toBe(await extractorCacheKey({ targetRateHz: 'native' }));
    expect(a).not.toBe(await extractorCacheKey({ targetRateHz: 16000 }, 'other-code'));
    expect(await extractorFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
