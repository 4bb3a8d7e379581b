import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findRepoRoot } from '@emocode/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineExperiment } from '../spec/define-experiment.js';
import { loadExperimentTable, REFERENCE_FEATURES_BY_SET } from './load-experiment-table.js';

let dir: string;
const spec = (data: Record<string, string>) =>
  defineExperiment({
    name: 'tiny',
    classes: ['angry', 'sad'],
    folds: { kind: 'group-k-fold', k: 2 },
    data,
    baseline: 'raw',
    systems: [{ method: 'raw' }],
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-load-table-'));
  const rows = ['a', 'b', 'c', 'd'].map((n, i) => `'${n}.wav';0;${i};${2 * i}`);
  await writeFile(join(dir, 'features.csv'), `name;frameTime;f0;f1\n${rows.join('\n')}\n`);
  await writeFile(join(dir, 'labels.csv'), 'name,speaker,label\na.wav,s1,angry\nb.wav,s1,sad\nc.wav,s2,angry\nd.wav,s2,sad\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loadExperimentTable and the feature set', () => {
  it('takes any features file when no set is chosen, and refuses one that does not hold the chosen set', async () => {
    const free = await loadExperimentTable(spec({ features: 'features.csv', labels: 'labels.csv' }), dir, { profile: 'full' });
    expect(free.table.dims).toBe(2);
    await expect(loadExperimentTable(spec({ features: 'features.csv', labels: 'labels.csv', featureSet: 'egemaps' }), dir, { profile: 'full' })).rejects.toThrow(
      /holds 2 feature columns \(first: f0\), not the eGeMAPS v02 \(88\) set .*--set egemaps/,
    );
    await expect(loadExperimentTable(spec({ features: 'features.csv', labels: 'labels.csv' }), dir, { profile: 'full', featureSet: 'is10' })).rejects.toThrow(/not the INTERSPEECH 2010/);
  });

  const repoRoot = findRepoRoot(process.cwd());
  const reference = resolve(repoRoot, REFERENCE_FEATURES_BY_SET.egemaps);
  it.skipIf(!existsSync(reference))('uses the reference CSV of the chosen set by default (skipped without ../shared)', async () => {
    const labels = join(dir, 'ravdess-labels.csv');
    await writeFile(labels, 'name,speaker,label\nActor_01/03-01-05-01-01-01-01.wav,1,angry\nActor_01/03-01-04-01-01-01-01.wav,1,sad\n');
    const t = await loadExperimentTable(spec({ labels }), repoRoot, { profile: 'full', featureSet: 'egemaps' });
    expect([t.table.rows, t.table.dims, t.features]).toEqual([2, 88, reference]);
  });
});
