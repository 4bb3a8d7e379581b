import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findRepoRoot } from '@emocode/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineExperiment } from '../spec/define-experiment.js';
import { experimentSpec } from '../spec/experiment-options.js';
import { dataSources, loadExperimentTable, REFERENCE_FEATURES, REFERENCE_FEATURES_BY_SET } from './load-experiment-table.js';

const dir = '/tmp/some-experiment';
const reference = resolve(findRepoRoot(dir), REFERENCE_FEATURES);
const spec = (data: object, folds: object = { kind: 'leave-one-group-out' }) =>
  experimentSpec.parse({ name: 'x', classes: ['angry', 'sad'], data, folds, systems: [{ method: 'raw' }], baseline: 'raw' });
const none = () => {};

describe('dataSources', () => {
  it("takes the spec's files for its own corpus, flags over them, and the reference table for RAVDESS", async () => {
    const own = spec({ features: 'f.csv', labels: 'l.csv' });
    expect(await dataSources(own, dir, { profile: 'full' }, none)).toEqual([
      { corpus: 'ravdess', features: `${dir}/f.csv`, labels: `${dir}/l.csv` },
    ]);
    expect(await dataSources(own, dir, { profile: 'full', features: '/x/g.csv' }, none)).toEqual([
      { corpus: 'ravdess', features: '/x/g.csv', labels: `${dir}/l.csv` },
    ]);
    expect(await dataSources(spec({}), dir, { profile: 'full' }, none)).toEqual([{ corpus: 'ravdess', features: reference }]);
  });

  it("drops the spec's files when --corpus names another corpus (they describe the spec's)", async () => {
    const other = spec({ corpus: 'iemocap', features: 'f.csv', labels: 'l.csv' });
    expect(await dataSources(other, dir, { profile: 'full', corpus: 'ravdess' }, none)).toEqual([
      { corpus: 'ravdess', features: reference },
    ]);
  });

  it('rejects --features, --labels and --corpus on a cross-corpus spec', async () => {
    const cross = spec({ corpora: ['ravdess', 'emodb'] }, { kind: 'cross-corpus' });
    await expect(dataSources(cross, dir, { profile: 'full', corpus: 'emodb', labels: 'l.csv' }, none)).rejects.toThrow(
      /x is cross-corpus \(ravdess, emodb\), each corpus with its own features and labels; drop --labels, --corpus\./,
    );
  });
});

let tmp: string;
const tinySpec = (data: Record<string, string>) =>
  defineExperiment({
    name: 'tiny',
    classes: ['angry', 'sad'],
    folds: { kind: 'group-k-fold', k: 2 },
    data,
    baseline: 'raw',
    systems: [{ method: 'raw' }],
  });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'emocode-load-table-'));
  const rows = ['a', 'b', 'c', 'd'].map((n, i) => `'${n}.wav';0;${i};${2 * i}`);
  await writeFile(join(tmp, 'features.csv'), `name;frameTime;f0;f1\n${rows.join('\n')}\n`);
  await writeFile(join(tmp, 'labels.csv'), 'name,speaker,label\na.wav,s1,angry\nb.wav,s1,sad\nc.wav,s2,angry\nd.wav,s2,sad\n');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('loadExperimentTable and the feature set', () => {
  it('takes any features file when no set is chosen, and refuses one that does not hold the chosen set', async () => {
    const free = await loadExperimentTable(tinySpec({ features: 'features.csv', labels: 'labels.csv' }), tmp, { profile: 'full' });
    expect(free.table.dims).toBe(2);
    await expect(
      loadExperimentTable(tinySpec({ features: 'features.csv', labels: 'labels.csv', featureSet: 'egemaps' }), tmp, { profile: 'full' }),
    ).rejects.toThrow(/holds 2 feature columns \(first: f0\), not the eGeMAPS v02 \(88\) set .*--set egemaps/);
    await expect(
      loadExperimentTable(tinySpec({ features: 'features.csv', labels: 'labels.csv' }), tmp, { profile: 'full', featureSet: 'is10' }),
    ).rejects.toThrow(/not the INTERSPEECH 2010/);
  });

  const repoRoot = findRepoRoot(process.cwd());
  const reference = resolve(repoRoot, REFERENCE_FEATURES_BY_SET.egemaps);
  it.skipIf(!existsSync(reference))('uses the reference CSV of the chosen set by default (skipped without ../shared)', async () => {
    const labels = join(tmp, 'ravdess-labels.csv');
    await writeFile(labels, 'name,speaker,label\nActor_01/03-01-05-01-01-01-01.wav,1,angry\nActor_01/03-01-04-01-01-01-01.wav,1,sad\n');
    const t = await loadExperimentTable(tinySpec({ labels }), repoRoot, { profile: 'full', featureSet: 'egemaps' });
    expect([t.table.rows, t.table.dims, t.features]).toEqual([2, 88, reference]);
  });
});
