import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.js';
import { toneWav as wav } from '../testing/tone-wav.js';

let dir: string;

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

  it('extract never replaces an input nor a file emocode did not write; a folder is not a file', async () => {
    const common = ['--no-cache', '--jobs', '1'];
    const recording = await readFile(join(dir, 'a.wav'));
    const slip = await run('features', 'extract', join(dir, 'a.wav'), '--out', join(dir, 'a.wav'), ...common, '--force');
    expect(slip.code).toBe(1);
    expect(slip.err).toMatch(
      /^EMOCODE_INVALID_OPTIONS: extractFiles: --out .*a\.wav is also an input; an output never replaces an input\. Choose another --out\.\n$/,
    );
    expect(await readFile(join(dir, 'a.wav'))).toEqual(recording);

    await writeFile(join(dir, 'notes.csv'), 'my own notes\n');
    const foreign = await run('features', 'extract', join(dir, 'a.wav'), '--out', join(dir, 'notes.csv'), ...common);
    expect(foreign.err).toMatch(
      /--out .*notes\.csv exists and emocode did not write it \(or it changed since\); pass --force to replace it/,
    );
    expect(await readFile(join(dir, 'notes.csv'), 'utf8')).toBe('my own notes\n');
    expect((await run('features', 'extract', join(dir, 'a.wav'), '--out', join(dir, 'notes.csv'), ...common, '--force')).code).toBe(0);
    // Now emocode's own file: a second run replaces it without --force.
    expect((await run('features', 'extract', join(dir, 'a.wav'), '--out', join(dir, 'notes.csv'), ...common)).code).toBe(0);

    const folder = await run('features', 'extract', join(dir, 'a.wav'), '--out', tmpdir(), ...common);
    expect(folder.err).toBe(
      `EMOCODE_INVALID_OPTIONS: extractFiles: --out ${tmpdir()} is a folder; name a file, e.g. ${join(tmpdir(), 'out.csv')}.\n`,
    );
  });

  it('merge refuses a missing or doubled shard and rows of other extractor options, naming the files', async () => {
    const common = ['--no-cache', '--jobs', '1'];
    const shard = (name: string, ...more: string[]) => run('features', 'extract', dir, '--out', join(dir, name), ...common, ...more);
    // a.wav | b.wav, broken.wav
    expect((await shard('t0.csv', '--shard', '0/2')).code).toBe(0);
    expect((await shard('t1.csv', '--shard', '1/2')).code).toBe(0);
    expect((await shard('n1.csv', '--shard', '1/2', '--native-rate')).code).toBe(0);
    expect((await shard('e1.csv', '--shard', '1/2', '--set', 'egemaps')).code).toBe(0);
    const merge = (...files: string[]) => run('features', 'merge', ...files.map((f) => join(dir, f)), '--out', join(dir, 'm.csv'));
    expect((await merge('t0.csv')).err).toMatch(
      /^EMOCODE_INVALID_INPUT: emocode features merge: shard 1\/2 of 2 is missing; extract it with --shard 1\/2/,
    );
    expect((await merge('t0.csv', 't1.csv', 't1.csv')).err).toMatch(/shard 1\/2 appears twice: .*t1\.csv and .*t1\.csv/);
    expect((await merge('t0.csv', 'n1.csv')).err).toMatch(
      /rows must come from one extractor and options, got .*targetRateHz 16000 in .*t0\.csv but .*targetRateHz native in .*n1\.csv/,
    );
    expect((await merge('t0.csv', 'e1.csv')).err).toMatch(
      /rows must come from one extractor and options, got .*feature set is10, .* in .*t0\.csv but .*feature set egemaps, .* in .*e1\.csv/,
    );
    await writeFile(join(dir, 'plain.csv'), await readFile(join(dir, 't1.csv')));
    expect((await merge('t0.csv', 'plain.csv')).err).toMatch(/plain\.csv has no emocode record beside it/);
    const whole = await merge('t0.csv', 't1.csv');
    expect(whole.code).toBe(0);
    // A shard whose every file fails (2/3 holds only broken.wav) still writes its table, so merge finds it.
    for (const i of [0, 1, 2]) await shard(`u${i}.csv`, '--shard', `${i}/3`);
    expect(existsSync(join(dir, 'u2.csv'))).toBe(true);
    const three = await run('features', 'merge', ...[0, 1, 2].map((i) => join(dir, `u${i}.csv`)), '--out', join(dir, 'u.csv'), '--json');
    expect(three.code, three.err).toBe(0);
    expect(JSON.parse(three.out).rows).toBe(2);
    expect(JSON.parse(await readFile(join(dir, 'm.csv.emocode.json'), 'utf8'))).toMatchObject({
      kind: 'is10-features',
      options: { featureSet: 'is10' },
    });
  });

  it('--shard auto takes the shard from a Slurm array task or a Kubernetes Indexed Job', async () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '2' });
      const slurm = await run(
        'features',
        'extract',
        dir,
        '--out',
        join(dir, 'auto1.csv'),
        '--no-cache',
        '--jobs',
        '1',
        '--shard',
        'auto',
        '--json',
      );
      expect(JSON.parse(slurm.out).shard).toEqual({ index: 1, count: 2 });
      for (const k of ['SLURM_ARRAY_TASK_ID', 'SLURM_ARRAY_TASK_MIN', 'SLURM_ARRAY_TASK_COUNT']) delete process.env[k];
      process.env['JOB_COMPLETION_INDEX'] = '0';
      const k8s = await run(
        'features',
        'extract',
        dir,
        '--out',
        join(dir, 'auto0.csv'),
        '--no-cache',
        '--jobs',
        '1',
        '--shard',
        'auto/2',
        '--json',
      );
      expect(JSON.parse(k8s.out).shard).toEqual({ index: 0, count: 2 });
      expect((await run('features', 'merge', join(dir, 'auto0.csv'), join(dir, 'auto1.csv'), '--out', join(dir, 'auto.csv'))).code).toBe(0);
    } finally {
      process.env = saved;
    }
  });
});
