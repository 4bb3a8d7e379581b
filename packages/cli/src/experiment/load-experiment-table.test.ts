import { resolve } from 'node:path';
import { findRepoRoot } from '@emocode/corpus';
import { describe, expect, it } from 'vitest';
import { experimentSpec } from '../spec/experiment-options.js';
import { dataSources, REFERENCE_FEATURES } from './load-experiment-table.js';

const dir = '/tmp/some-experiment';
const reference = resolve(findRepoRoot(dir), REFERENCE_FEATURES);
const spec = (data: object, folds: object = { kind: 'leave-one-group-out' }) =>
  experimentSpec.parse({ name: 'x', classes: ['angry', 'sad'], data, folds, systems: [{ method: 'raw' }], baseline: 'raw' });
const none = () => {};

describe('dataSources', () => {
  it("takes the spec's files for its own corpus, flags over them, and the reference table for RAVDESS", async () => {
    const own = spec({ features: 'f.csv', labels: 'l.csv' });
    expect(await dataSources(own, dir, { profile: 'full' }, none)).toEqual([{ corpus: 'ravdess', features: `${dir}/f.csv`, labels: `${dir}/l.csv` }]);
    expect(await dataSources(own, dir, { profile: 'full', features: '/x/g.csv' }, none)).toEqual([{ corpus: 'ravdess', features: '/x/g.csv', labels: `${dir}/l.csv` }]);
    expect(await dataSources(spec({}), dir, { profile: 'full' }, none)).toEqual([{ corpus: 'ravdess', features: reference }]);
  });

  it("drops the spec's files when --corpus names another corpus (they describe the spec's)", async () => {
    const other = spec({ corpus: 'iemocap', features: 'f.csv', labels: 'l.csv' });
    expect(await dataSources(other, dir, { profile: 'full', corpus: 'ravdess' }, none)).toEqual([{ corpus: 'ravdess', features: reference }]);
  });

  it('rejects --features, --labels and --corpus on a cross-corpus spec', async () => {
    const cross = spec({ corpora: ['ravdess', 'emodb'] }, { kind: 'cross-corpus' });
    await expect(dataSources(cross, dir, { profile: 'full', corpus: 'emodb', labels: 'l.csv' }, none)).rejects.toThrow(
      /x is cross-corpus \(ravdess, emodb\), each corpus with its own features and labels; drop --labels, --corpus\./,
    );
  });
});
