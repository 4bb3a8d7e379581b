import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.js';

let dir: string;

/** A 16 kHz mono int16 WAV of a tone. */
function wav(seconds: number, freqHz: number): Uint8Array {
  const n = Math.round(16000 * seconds);
  const bytes = new Uint8Array(44 + 2 * n);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + 2 * n, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 16000, true);
  view.setUint32(28, 32000, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, 2 * n, true);
  for (let i = 0; i < n; i++) view.setInt16(44 + 2 * i, Math.round(8000 * Math.sin((2 * Math.PI * freqHz * i) / 16000)), true);
  return bytes;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-cli-features-'));
  await writeFile(join(dir, 'a.wav'), wav(0.4, 180));
  await writeFile(join(dir, 'b.wav'), wav(0.3, 240));
  await writeFile(join(dir, 'broken.wav'), 'not audio');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('emocode features', () => {
  it('extract writes the CSV, reports the bad file, exits 0; merge joins shards byte for byte; compare agrees with itself', async () => {
    const common = ['--no-cache', '--jobs', '1'];
    const all = await run('features', 'extract', dir, '--out', join(dir, 'all.csv'), ...common);
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/^extracted 2 of 3 files \(0 from cache, 1 failed\) -> .*all\.csv\n/);
    expect(all.err).toMatch(/broken\.wav: EMOCODE_PARSE_ERROR: readWav: input must start with "RIFF"/);

    const s0 = await run('features', 'extract', dir, '--out', join(dir, 's0.csv'), '--shard', '0/2', ...common);
    const s1 = await run('features', 'extract', dir, '--out', join(dir, 's1.csv'), '--shard', '1/2', ...common, '--json');
    expect(s0.code).toBe(0);
    expect(JSON.parse(s1.out)).toMatchObject({ files: 2, failed: 1, shard: { index: 1, count: 2 } });
    const merged = await run('features', 'merge', join(dir, 's0.csv'), join(dir, 's1.csv'), '--out', join(dir, 'merged.csv'));
    expect(merged.out).toMatch(/merged 2 files: 2 rows x 1582 features/);
    expect(await readFile(join(dir, 'merged.csv'), 'utf8')).toBe(await readFile(join(dir, 'all.csv'), 'utf8'));

    const compare = await run('features', 'compare', join(dir, 'merged.csv'), join(dir, 'all.csv'), '--json');
    expect(JSON.parse(compare.out)).toMatchObject({ rows: 2, features: 1582, shareValuesWithin1e3: 1, medianPearson: 1 });
    const text = await run('features', 'compare', join(dir, 'merged.csv'), join(dir, 'all.csv'), '--worst', '3');
    expect(text.out).toMatch(/values within 1e-3: 100\.00 %/);
    expect(text.out).toMatch(/worst 3 features:/);
  });

  it('extract --set egemaps writes the 88 eGeMAPS columns with their own cache entries; compare groups them', async () => {
    const cacheDir = join(dir, 'cache');
    const args = ['--jobs', '1', '--cache-dir', cacheDir, '--json'];
    const is10 = await run('features', 'extract', join(dir, 'a.wav'), '--out', join(dir, 'a-is10.csv'), ...args);
    const first = await run('features', 'extract', join(dir, 'a.wav'), '--out', join(dir, 'a-egemaps.csv'), '--set', 'egemaps', ...args);
    const again = await run('features', 'extract', join(dir, 'a.wav'), '--out', join(dir, 'a-egemaps2.csv'), '--set', 'egemaps', ...args);
    expect([is10.code, first.code, again.code]).toEqual([0, 0, 0]);
    expect(JSON.parse(first.out)).toMatchObject({ files: 1, cached: 0 });
    expect(JSON.parse(again.out)).toMatchObject({ files: 1, cached: 1 });
    const header = (await readFile(join(dir, 'a-egemaps.csv'), 'utf8')).split('\n')[0].split(';');
    expect(header.slice(0, 3)).toEqual(['name', 'frameTime', 'F0semitoneFrom27.5Hz_sma3nz_amean']);
    expect(header).toHaveLength(90);
    const compare = await run('features', 'compare', join(dir, 'a-egemaps2.csv'), join(dir, 'a-egemaps.csv'));
    expect(compare.out).toMatch(/1 rows x 88 features/);
    expect(compare.out).toMatch(/equivalentSoundLevel/);
    const bad = await run('features', 'extract', dir, '--out', join(dir, 'x.csv'), '--set', 'compare');
    expect([bad.code, bad.err]).toEqual([1, 'EMOCODE_INVALID_OPTIONS: Unknown feature set "compare"; use one of is10, egemaps.\n']);
  });

  it('exits 1 when every file fails, and requires --out', async () => {
    const failed = await run('features', 'extract', join(dir, 'broken.wav'), '--out', join(dir, 'none.csv'), '--no-cache', '--jobs', '1');
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/extracted 0 of 1 files .*\(nothing written\)/);
    const noOut = await run('features', 'extract', dir);
    expect([noOut.code, noOut.err]).toEqual([1, 'EMOCODE_INVALID_OPTIONS: emocode features: --out <file.csv> is required. See --help.\n']);
    expect((await run('features', 'extract', '--out', 'x.csv')).err).toMatch(/expected at least 1 argument/);
  });
});
