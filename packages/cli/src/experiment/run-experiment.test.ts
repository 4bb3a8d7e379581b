import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.js';
import { TINY_SPEC, tinyTable, writeTinyExperiment } from '../testing/tiny-table.js';

// Tests pin the plain CPU backend (as the training package's tests do): small nets, no threads.
process.env.EMOCODE_BACKEND = 'cpu';
let dir: string;

const spec = TINY_SPEC;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-exp-'));
  await writeTinyExperiment(dir, spec);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('emocode experiment run (quick profile, tiny table)', () => {
  it('runs every system, writes the results, then reuses every finished fold', async () => {
    const first = await run('experiment', 'run', dir, '--profile', 'quick', '--json');
    expect(first.err).not.toMatch(/EMOCODE_/);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.out);
    expect(summary.systems.map((s: { name: string }) => s.name)).toEqual([
      'raw',
      'pca d=2',
      'lda d=2',
      'aae d=2',
      'augment synthetic-only n=10',
      'augment real+synthetic n=10',
    ]);
    expect(summary.folds).toBe(2);
    expect(summary.chanceUar).toBeCloseTo(1 / 3, 12);
    const raw = summary.systems[0];
    expect(raw.uar.values).toHaveLength(2);
    expect(raw.uar.mean).toBeGreaterThan(0.9);
    expect(raw.vsBaseline).toBeUndefined();
    expect(
      summary.systems[2].vsBaseline.signTest.wins +
        summary.systems[2].vsBaseline.signTest.losses +
        summary.systems[2].vsBaseline.signTest.ties,
    ).toBe(2);
    expect(first.err).toMatch(/experiment tiny \(quick\): 72 rows x 6 features, 2 folds, 10 runs/);
    for (const f of ['summary.json', 'summary.md', 'table.csv', 'table.md', 'uar-vs-code-size.svg', 'uar-vs-synthetic-amount.svg'])
      expect(existsSync(join(dir, 'results', 'tiny', f)), f).toBe(true);
    expect(await readFile(join(dir, 'results', 'tiny', 'summary.md'), 'utf8')).toMatch(/Chance level \(UAR\): 33\.3/);

    const again = await run('experiment', 'run', dir, '--profile', 'quick', '--json');
    const second = JSON.parse(again.out);
    expect([second.computed, second.reused]).toEqual([0, 10]);
    expect(second.systems.map((s: { uar: { values: number[] } }) => s.uar.values)).toEqual(
      summary.systems.map((s: { uar: { values: number[] } }) => s.uar.values),
    );
  }, 120_000);

  it('plots fold 0 AAE codes of both splits with the prior components, from stored runs too', async () => {
    // Reuses the first test's runs when they are there: the plot must come from what a unit stored.
    expect((await run('experiment', 'run', dir, '--profile', 'quick')).code).toBe(0);
    const spec = JSON.parse(await readFile(join(dir, 'results', 'tiny', 'codes-aae-d-2-fold0.vl.json'), 'utf8'));
    expect(spec.title).toBe('aae d=2, fold 0, seed 0: train + test codes, class prior 1σ/2σ');
    const splits = spec.layer[0].data.values.map((v: { split: string }) => v.split);
    // Fold 0 of 3 speaker folds: 4 speakers x 12 rows train, 2 x 12 test.
    expect([splits.filter((s: string) => s === 'train').length, splits.filter((s: string) => s === 'test').length]).toEqual([48, 24]);
    const rings = spec.layer[1].data.values as { x: number; y: number; ring: string }[];
    expect(new Set(rings.map((v) => v.ring)).size).toBe(6);
    expect(spec.layer[1].layer[1].encoding.strokeDash.field).toBe('sigma');
    // The default prior: radius-5 circle, sd 1, so every 1σ ring point lies 4..6 from the origin.
    for (const v of rings.filter((r) => r.ring.endsWith(' 1σ'))) expect(Math.hypot(v.x, v.y)).toBeGreaterThan(3.99);
    expect(spec.layer[2].data.values.map((v: { x: number; y: number }) => Math.hypot(v.x, v.y))).toEqual(
      [5, 5, 5].map((r) => expect.closeTo(r, 3)),
    );
  }, 120_000);

  it("runs a profile's normalisation, not the spec's, and keeps its runs apart", async () => {
    const quick = JSON.parse((await run('experiment', 'run', dir, '--profile', 'quick', '--json')).out);
    const reduced = JSON.parse((await run('experiment', 'run', dir, '--profile', 'reduced', '--json')).out);
    expect(reduced.normalization).toBe('per-speaker');
    expect(reduced.systems.map((s: { name: string }) => s.name)).toEqual(['raw', 'pca d=2']);
    expect(reduced.reused).toBe(0);
    // Per-speaker z-scores remove the speaker shift of the tiny table, so PCA's code changes.
    expect(reduced.systems[1].uar.values).not.toEqual(quick.systems[1].uar.values);
  }, 120_000);

  it('takes the normalisation from --normalization over the profile', async () => {
    const r = JSON.parse((await run('experiment', 'run', dir, '--profile', 'reduced', '--normalization', 'none', '--json')).out);
    expect(r.normalization).toBe('none');
    expect(r.reused).toBe(0);
  }, 120_000);

  it("runs the seeds --seeds names, reusing the finished runs of the spec's seeds and every seed-independent run", async () => {
    const spec0 = JSON.parse((await run('experiment', 'run', dir, '--profile', 'quick', '--json')).out);
    const both = JSON.parse((await run('experiment', 'run', dir, '--profile', 'quick', '--seeds', '1,0', '--json')).out);
    expect(spec0.seeds).toEqual([0]);
    expect(both.seeds).toEqual([1, 0]);
    // Raw, PCA and LDA ran once per fold for any seed; the AAE and augment units run again for seed 1.
    expect([both.reused, both.computed]).toEqual([spec0.computed + spec0.reused, 2 * 2]);
    const [raw, pca, , aae] = both.systems;
    expect(raw.uarPerSeed).toEqual([raw.uarPerSeed[0], raw.uarPerSeed[0]]);
    expect(pca.uarPerSeed[1]).toBe(pca.uarPerSeed[0]);
    expect(aae.uarPerSeed).toHaveLength(2);
    const runs = join(dir, 'results', 'runs', (await readdir(join(dir, 'results', 'runs')))[0]!);
    const rawDir = (await readdir(runs)).find((d) => d.startsWith('raw-'))!;
    expect((await readdir(join(runs, rawDir))).sort()).toEqual(['fold-0.json', 'fold-1.json']);
  }, 120_000);

  it('splits the runs between shards; the shard that completes the run writes the results', async () => {
    const shard = async (which: string) =>
      JSON.parse(
        (await run('experiment', 'run', dir, '--profile', 'quick', '--normalization', 'per-speaker', '--shard', which, '--json')).out,
      );
    // The reduced-profile test above may have stored some of these per-speaker runs already.
    const first = await shard('0/2');
    // Shard 0 of each fold's rounds: 2 of the 3 seed-independent units, 1 of the 2 seeded ones.
    expect(first.computed + first.reused).toBe(6);
    expect(first.pending).toBeGreaterThan(0);
    expect(first.systems).toBeUndefined();
    const second = await shard('1/2');
    expect(second.computed + second.reused).toBe(10);
    expect(second.computed).toBe(first.pending);
    expect(second.systems.map((s: { name: string }) => s.name)).toEqual([
      'raw',
      'pca d=2',
      'lda d=2',
      'aae d=2',
      'augment synthetic-only n=10',
      'augment real+synthetic n=10',
    ]);
    expect(second.systems[0].uar.values).toHaveLength(2);
    const bad = await run('experiment', 'run', dir, '--profile', 'quick', '--shard', '2/2');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/shard: must be i\/n with 0 ≤ i < n/);
  }, 120_000);

  it('runs --jobs 2 as two shard processes, then writes the results itself', async () => {
    const out = await mkdtemp(join(tmpdir(), 'emocode-jobs-'));
    const r = await run('experiment', 'run', dir, '--profile', 'quick', '--out', out, '--jobs', '2', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/\[shard 0\/2\] experiment tiny \(quick\): .* shard 0\/2: 6 of them/);
    expect(r.err).toMatch(/\[shard 1\/2\] /);
    const summary = JSON.parse(r.out);
    expect([summary.computed, summary.reused]).toEqual([10, 0]);
    expect(summary.systems).toHaveLength(6);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
    const bad = await run('experiment', 'run', dir, '--jobs', 'many');
    expect(bad.err).toMatch(/--jobs must be a whole number ≥ 1 or auto, got 'many'/);
    await rm(out, { recursive: true, force: true });
  }, 180_000);

  it('takes the folds and the classifier from --folds and --classifier, each with its own run hash', async () => {
    const linear = join(dir, 'linear.ts');
    await writeFile(
      linear,
      `export default ${JSON.stringify({ ...spec, name: 'linear', systems: [{ method: 'raw' }, { method: 'lda', codeSizes: [2] }], profiles: {} })};\n`,
    );
    const go = async (...flags: string[]) =>
      JSON.parse((await run('experiment', 'run', linear, '--out', join(dir, 'linear-results'), '--json', ...flags)).out);
    const [spec3, loso, two, tuned] = [
      await go(),
      await go('--folds', 'loso'),
      await go('--folds', '2'),
      await go('--classifier', 'tuned'),
    ];
    expect([spec3.folds, loso.folds, two.folds, tuned.folds]).toEqual([3, 6, 2, 3]);
    expect(new Set([spec3.hash, loso.hash, two.hash, tuned.hash]).size).toBe(4);
    expect(loso.systems[0].uar.values).toHaveLength(6);
    expect(spec3.classifier).toBe('rbf SVM, C 1, gamma scale');
    expect(tuned.classifier).toBe(
      'rbf SVM, C ∈ {0.1, 1, 10, 100} and gamma ∈ {0.25, 1, 4} × scale tuned on 3 inner folds of each training fold',
    );
    // Tuned C and gamma still separate the tiny table's classes.
    expect(tuned.systems[0].uar.mean).toBeGreaterThan(0.9);
    // Each unit stores the C and gamma its SVM used: the fixed C = 1, or a C of the tuning grid.
    const used = async (r: { runDir: string }) => {
      const raw = (await readdir(r.runDir)).find((d) => d.startsWith('raw-'))!;
      return JSON.parse(await readFile(join(r.runDir, raw, 'fold-0.json'), 'utf8')).svm;
    };
    expect((await used(spec3)).C).toBe(1);
    expect([0.1, 1, 10, 100]).toContain((await used(tuned)).C);
    expect((await used(tuned)).gamma).toBeGreaterThan(0);
    expect(
      JSON.parse((await run('experiment', 'run', linear, '--out', join(dir, 'linear-results'), '--json', '--folds', 'loso')).out).computed,
    ).toBe(0);
  }, 120_000);

  it('names the bad field when the spec is invalid', async () => {
    const bad = join(dir, 'bad.ts');
    await writeFile(
      bad,
      `export default ${JSON.stringify({ ...spec, systems: [{ method: 'raw' }, { method: 'lda', codeSizes: [5] }] })};\n`,
    );
    const r = await run('experiment', 'run', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/systems\.1\.codeSizes: LDA gives at most classes − 1 = 2 dimensions; remove 5/);
  });

  it('refuses an --out that is a file, in one line', async () => {
    const r = await run('experiment', 'run', dir, '--profile', 'quick', '--out', join(dir, 'features.csv'));
    expect(r.err).toBe(
      `EMOCODE_INVALID_OPTIONS: emocode experiment run: --out ${join(dir, 'features.csv')} is a file; name a folder (it is made when missing).\n`,
    );
  });

  it('lets flags choose another feature table without editing the spec', async () => {
    const r = await run('experiment', 'run', dir, '--profile', 'quick', '--features', join(dir, 'missing.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/EMOCODE_NOT_FOUND: .*missing\.csv/);
  });

  it('sets a damaged run-store file aside, names it and runs its unit again', async () => {
    const first = JSON.parse((await run('experiment', 'run', dir, '--profile', 'reduced', '--json')).out);
    const pca = (await readdir(first.runDir)).find((unit) => unit.startsWith('pca-d2-'))!;
    // PCA does not depend on the seed: one unit per fold.
    const file = join(first.runDir, pca, 'fold-0.json');
    await writeFile(file, '{"rows": [{"name": "pca d=2", "pr');
    const again = await run('experiment', 'run', dir, '--profile', 'reduced', '--json');
    expect(again.code).toBe(0);
    expect(again.err).toContain(
      `EMOCODE_PARSE_ERROR: run store file ${file} is damaged (not a unit result); set aside as ${file}.damaged-`,
    );
    const second = JSON.parse(again.out);
    expect([second.computed, second.reused]).toEqual([1, first.computed + first.reused - 1]);
    expect(second.systems.map((s: { uar: { values: number[] } }) => s.uar.values)).toEqual(
      first.systems.map((s: { uar: { values: number[] } }) => s.uar.values),
    );
  }, 120_000);

  it('says in one line which spec file does not load, and why', async () => {
    const broken = join(dir, 'broken.ts');
    await writeFile(broken, "export default { name: 'tiny', classes: [\n");
    const r = await run('experiment', 'run', broken);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(
        `^EMOCODE_PARSE_ERROR: experiment ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be loaded: .+\\. Fix the spec file, or write it as JSON\\.\\n$`,
      ),
    );
    const json = join(dir, 'broken.json');
    await writeFile(json, '{ "name": "tiny", }');
    expect((await run('experiment', 'run', json)).err).toMatch(
      /^EMOCODE_PARSE_ERROR: experiment .*broken\.json: not valid JSON \(.+\)\. Fix the file\.\n$/,
    );
  });

  it('runs specs from any folder, TypeScript importing @emocode/cli/spec or JSON, each into results/<spec name>/', async () => {
    const mine = await mkdtemp(join(tmpdir(), 'emocode-my-specs-'));
    const data = { features: join(dir, 'features.csv'), labels: join(dir, 'labels.csv') };
    await writeFile(
      join(mine, 'variant.ts'),
      `import { defineExperiment } from '@emocode/cli/spec';\nexport default defineExperiment(${JSON.stringify({ ...spec, name: 'variant', data })});\n`,
    );
    await writeFile(join(mine, 'other.json'), JSON.stringify({ ...spec, name: 'other', data }));
    for (const file of ['variant.ts', 'other.json']) {
      const r = await run('experiment', 'run', join(mine, file), '--profile', 'reduced');
      expect(r.code, r.err).toBe(0);
    }
    expect(existsSync(join(mine, 'results', 'variant', 'summary.json'))).toBe(true);
    expect(existsSync(join(mine, 'results', 'other', 'summary.json'))).toBe(true);
    // A copy that keeps the original's name would write over its tables: refused.
    await writeFile(join(mine, 'copy.json'), JSON.stringify({ ...spec, name: 'other', data }));
    const copy = await run('experiment', 'run', join(mine, 'copy.json'), '--profile', 'reduced');
    expect(copy.err).toBe(
      `EMOCODE_INVALID_INPUT: experiment ${join(mine, 'copy.json')}: its results folder ${join(mine, 'results', 'other')} holds the results of ${join(mine, 'other.json')}; give this spec another name (name: '…') or pass --out.\n`,
    );
    await rm(mine, { recursive: true, force: true });
  }, 120_000);

  it('refuses a class without rows, and says which labels it left out', async () => {
    const other = await mkdtemp(join(tmpdir(), 'emocode-labels-'));
    const { labels } = tinyTable();
    // Every "sad" row becomes "calm": a class of the spec without rows, a label outside the classes.
    await writeFile(join(other, 'labels.csv'), `\uFEFF${labels.replaceAll(',sad', ',calm')}`);
    const data = { features: join(dir, 'features.csv'), labels: join(other, 'labels.csv') };
    await writeFile(join(other, 'four.json'), JSON.stringify({ ...spec, name: 'four', data }));
    const empty = await run('experiment', 'run', join(other, 'four.json'), '--profile', 'reduced');
    expect(empty.err).toMatch(
      /^EMOCODE_INVALID_INPUT: runExperiment: every class needs rows, got none for "sad" in .*labels\.csv \(rows there: angry \(24\), happy \(24\)\)\. Remove it from classes or fix the labels\.\n$/,
    );
    await writeFile(
      join(other, 'two.json'),
      JSON.stringify({
        ...spec,
        name: 'two',
        classes: ['angry', 'happy'],
        systems: [{ method: 'raw' }, { method: 'pca', codeSizes: [2] }],
        profiles: {},
        data,
      }),
    );
    const two = await run('experiment', 'run', join(other, 'two.json'), '--json');
    expect(two.code, two.err).toBe(0);
    expect(two.err).toContain('labels: left out 24 rows of');
    expect(two.err).toContain("whose label is not one of the spec's classes: calm (24)");
    expect(JSON.parse(two.out).chanceUar).toBe(0.5);
    await rm(other, { recursive: true, force: true });
  }, 120_000);

  it('prints no NaN: a paired test over identical rows says there is no difference', async () => {
    const twin = join(dir, 'twin.json');
    await writeFile(
      twin,
      JSON.stringify({ ...spec, name: 'twin', systems: [{ method: 'raw' }, { method: 'raw', label: 'raw again' }], profiles: {} }),
    );
    const r = await run('experiment', 'run', twin);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/raw again .*Δ 0\.0 \(t-test p n\/a \(no difference\)\)/);
    expect(r.out).not.toMatch(/NaN/);
    expect(await readFile(join(dir, 'results', 'twin', 'table.md'), 'utf8')).toMatch(/\| n\/a \(no difference\) \|/);
  }, 120_000);
});
