import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectClose } from '@emocode/core/testing';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { encodeWav } from '../io/testing/encode-wav.js';
import { parseOpensmileCsv } from '../table/parse-opensmile-csv.js';
import { extractFiles } from './extract-files.js';

function tone(seconds: number, freqHz: number): number[] {
  return Array.from({ length: Math.round(16000 * seconds) }, (_, i) => Math.round(6000 * Math.sin((2 * Math.PI * freqHz * i) / 16000)));
}

const dirs: string[] = [];
async function corpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emocode-extract-'));
  dirs.push(dir);
  await mkdir(join(dir, 'A'));
  await mkdir(join(dir, 'B'));
  await writeFile(join(dir, 'A/good1.wav'), encodeWav({ samples: tone(0.5, 150) }));
  await writeFile(join(dir, 'B/good2.wav'), encodeWav({ samples: tone(0.4, 220) }));
  await writeFile(join(dir, 'A/corrupt.wav'), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]));
  await writeFile(join(dir, 'A/truncated.wav'), encodeWav({ samples: tone(0.3, 150), declaredDataBytes: 99_999 }));
  await writeFile(join(dir, 'A/empty.wav'), new Uint8Array(0));
  await writeFile(join(dir, 'B/short.wav'), encodeWav({ samples: tone(0.02, 150) }));
  await writeFile(join(dir, 'B/text.wav'), 'name,speaker,label\n');
  return dir;
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

// Each extractFiles call starts worker threads that load the TypeScript sources: seconds each on a
// busy 2-core machine (turbo runs every package's tests at once), so these get two minutes.
describe('extractFiles (worker threads)', { timeout: 120_000 }, () => {
  it('extracts good files, reports and skips bad ones, writes the openSMILE CSV, then serves from cache', async () => {
    const dir = await corpus();
    const out = join(dir, 'out/is10.csv');
    const cacheDir = join(dir, 'cache');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const first = await extractFiles([dir], { out, cacheDir, jobs: 2 });
    const second = await extractFiles([dir], { out: join(dir, 'again.csv'), cacheDir, jobs: 1 });
    const reported = stderr.mock.calls.map(([s]) => String(s)).join('');
    stderr.mockRestore();

    expect(first.ids).toEqual(['A/good1.wav', 'B/good2.wav']);
    expect(first.summary).toMatchObject({ files: 7, extracted: 2, cached: 0, failed: 5, jobs: 2 });
    expect(first.summary.audioSeconds).toBeCloseTo(0.9, 6);
    expect(first.failures.map((f) => f.name)).toEqual(['A/corrupt.wav', 'A/empty.wav', 'A/truncated.wav', 'B/short.wav', 'B/text.wav']);
    expect(first.failures.find((f) => f.name === 'A/truncated.wav')?.reason).toMatch(/truncated/);
    expect(first.failures.find((f) => f.name === 'B/short.wav')?.reason).toMatch(/at least 1120 samples/);
    expect(reported).toContain(`${join(dir, 'A/empty.wav')}: EMOCODE_PARSE_ERROR`);
    expect(first.data.every(Number.isFinite)).toBe(true);

    const text = await readFile(out, 'utf8');
    expect(text.split('\n')[1]?.startsWith("'A/good1.wav';0.000000;")).toBe(true);
    const parsed = parseOpensmileCsv(text);
    expect(parsed.names).toHaveLength(1582);
    // The CSV keeps 7 significant digits (%e).
    expectClose(parsed.data, first.data, { atol: 0, rtol: 6e-7 });

    expect(second.summary).toMatchObject({ extracted: 0, cached: 2, failed: 5 });
    expect(second.data).toEqual(first.data);
    expect(second.summary.audioSeconds).toBeCloseTo(0.9, 6);
  });

  it('never serves a changed file or other options from the cache; shards split the sorted list', async () => {
    const dir = await corpus();
    const cacheDir = join(dir, 'cache');
    const options = { cacheDir, jobs: 1, progress: false };
    const before = await extractFiles([join(dir, 'A/good1.wav'), join(dir, 'B/good2.wav')], options);
    await writeFile(join(dir, 'A/good1.wav'), encodeWav({ samples: tone(0.5, 300) }));
    const after = await extractFiles([join(dir, 'A/good1.wav'), join(dir, 'B/good2.wav')], options);
    expect(after.summary).toMatchObject({ extracted: 1, cached: 1 });
    expect(after.data.subarray(0, 1582)).not.toEqual(before.data.subarray(0, 1582));
    expect(after.data.subarray(1582)).toEqual(before.data.subarray(1582));
    // Every file cached: answered without starting a worker thread.
    const again = await extractFiles([join(dir, 'B/good2.wav')], options);
    expect(again.summary).toMatchObject({ files: 1, cached: 1, extracted: 0, jobs: 0 });
    const native = await extractFiles([join(dir, 'B/good2.wav')], { ...options, targetRateHz: 'native' });
    expect(native.summary).toMatchObject({ extracted: 1, cached: 0 });

    const shard0 = await extractFiles([dir], { ...options, shard: '0/2', cache: false });
    const shard1 = await extractFiles([dir], { ...options, shard: '1/2', cache: false });
    expect(shard0.summary.files + shard1.summary.files).toBe(7);
    expect([...shard0.ids, ...shard1.ids]).toEqual(['A/good1.wav', 'B/good2.wav']);
  });

  it('rejects a bad shard', async () => {
    await expect(extractFiles(['.'], { shard: '2/2' })).rejects.toThrow(/shard/);
  });
});
