import { createFeatureTable } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { experimentSpec } from '../spec/experiment-options.js';
import { experimentFolds } from './experiment-folds.js';
import type { ExperimentTable } from './load-experiment-table.js';

// Two corpora of one feature: corpus a (speakers a/1, a/2) around 10, corpus b (b/1) around 100.
const values = [9, 11, 10, 12, 8, 10, 100, 104, 96];
const corpus = ['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b'];
const group = ['a/1', 'a/1', 'a/1', 'a/2', 'a/2', 'a/2', 'b/1', 'b/1', 'b/1'];
const data: ExperimentTable = {
  table: createFeatureTable({
    names: ['f'],
    data: Float32Array.from(values),
    meta: { name: values.map((_, i) => `r${i}`), group, corpus, label: values.map(() => 'x') },
  }),
  corpus: 'a+b',
  features: 'a.csv, b.csv',
  labels: 'corpus:a, corpus:b',
  group: 'speaker',
  inputHash: '0',
  corpora: ['a', 'b'],
};
const spec = (normalization: string) =>
  experimentSpec.parse({
    name: 'x',
    classes: ['x', 'y'],
    data: { corpora: ['a', 'b'] },
    folds: { kind: 'cross-corpus' },
    normalization,
    systems: [{ method: 'raw' }],
    baseline: 'raw',
  });

describe('experimentFolds, cross-corpus', () => {
  it('makes one fold per ordered pair of corpora: train on all rows of one, test on the other', () => {
    const { folds, names } = experimentFolds(data, spec('global'));
    expect(names).toEqual(['a→b', 'b→a']);
    expect(folds.map((f) => [Array.from(f.train), Array.from(f.test), f.testGroups])).toEqual([
      [[0, 1, 2, 3, 4, 5], [6, 7, 8], ['b/1']],
      [
        [6, 7, 8],
        [0, 1, 2, 3, 4, 5],
        ['a/1', 'a/2'],
      ],
    ]);
    expect(experimentFolds(data, spec('global'), 1).folds).toHaveLength(1);
  });

  it('z-scores each corpus on its own rows (global), or each speaker (per-speaker)', () => {
    const plan = experimentFolds(data, spec('global'));
    const { train, test } = plan.normalize(plan.folds[0]!);
    // Corpus b's offset of 90 is gone: its rows are scaled by its own mean 100 and sd.
    expect(Array.from(test)).toEqual([0, 4 / Math.sqrt(32 / 3), -4 / Math.sqrt(32 / 3)].map((v) => expect.closeTo(v, 5)));
    expect(Array.from(train).reduce((a, b) => a + b, 0)).toBeCloseTo(0, 5);
    const perSpeaker = experimentFolds(data, spec('per-speaker'));
    const speakerScaled = perSpeaker.normalize(perSpeaker.folds[0]!).train;
    expect(speakerScaled[0]! + speakerScaled[1]! + speakerScaled[2]!).toBeCloseTo(0, 5);
    expect(speakerScaled[3]).not.toBeCloseTo(train[3]!, 3);
  });
});
