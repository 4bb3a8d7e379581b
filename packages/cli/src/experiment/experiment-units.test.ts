import { describe, expect, it } from 'vitest';
import { experimentSpec } from '../spec/experiment-options.js';
import { experimentUnits, shardUnits, type Unit } from './experiment-units.js';

const spec = (systems: number) =>
  experimentSpec.parse({
    name: 'shards',
    classes: ['a', 'b'],
    folds: { kind: 'group-k-fold', k: 3 },
    seeds: [0, 1],
    baseline: 'aae d=2',
    systems: [
      { method: 'aae', label: 'aae', codeSizes: [2] },
      ...Array.from({ length: systems - 1 }, (_, i) => ({ method: 'aae', label: `aae ${i}`, codeSizes: [2] })),
    ],
  });

const labels = (units: Unit[]) => units.map((u) => u.system.label);

describe('experimentUnits', () => {
  const base = { name: 'keys', classes: ['a', 'b'], folds: { kind: 'group-k-fold', k: 2 }, seeds: [0], baseline: 'raw' } as const;
  it('makes one unit per fold of a seed-independent system (raw, PCA, LDA) and one per fold and seed of the others', () => {
    const units = experimentUnits(
      experimentSpec.parse({
        ...base,
        seeds: [0, 1, 2],
        systems: [
          { method: 'raw', label: 'raw' },
          { method: 'lda', codeSizes: [1] },
          { method: 'ae', codeSizes: [2] },
        ],
      }),
      2,
    );
    expect(units.map((u) => [u.system.method, u.fold, u.seed])).toEqual([
      ['raw', 0, undefined],
      ['lda', 0, undefined],
      ['ae', 0, 0],
      ['ae', 0, 1],
      ['ae', 0, 2],
      ['raw', 1, undefined],
      ['lda', 1, undefined],
      ['ae', 1, 0],
      ['ae', 1, 1],
      ['ae', 1, 2],
    ]);
  });

  const keys = (systems: object[]) =>
    experimentUnits(experimentSpec.parse({ ...base, systems: [{ method: 'raw', label: 'raw' }, ...systems] }), 1).map((u) => u.key);

  it('keys a unit by its own code size and settings, not by the other sizes its system lists', () => {
    const [, fullAt2, fullAt10] = keys([{ method: 'aae', codeSizes: [2, 10], training: { epochs: 3 } }]);
    const [, reducedAt2] = keys([{ method: 'aae', codeSizes: [2], training: { epochs: 3 } }]);
    const [, otherEpochs] = keys([{ method: 'aae', codeSizes: [2], training: { epochs: 4 } }]);
    expect(reducedAt2).toBe(fullAt2);
    expect(fullAt10).not.toBe(fullAt2);
    expect(otherEpochs).not.toBe(fullAt2);
  });
});

describe('shardUnits', () => {
  it.each([
    [4, 2],
    [5, 2],
    [31, 2],
    [4, 3],
  ])('gives each of the units of %i systems to exactly one of %i shards, in run order', (systems, count) => {
    const units = experimentUnits(spec(systems), 3);
    const shards = Array.from({ length: count }, (_, index) => shardUnits(units, { index, count }));
    expect(shards.flat().sort((a, b) => units.indexOf(a) - units.indexOf(b))).toEqual(units);
    for (const mine of shards) expect(mine).toEqual([...mine].sort((a, b) => units.indexOf(a) - units.indexOf(b)));
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(systems);
  });

  it('moves every system between shards from one (fold, seed) round to the next, also when the shard count divides the systems', () => {
    // A plain stride would give shard 0 systems 0 and 2 in every round: the slow ones stay on one shard.
    const units = experimentUnits(spec(4), 3);
    const [first, second] = [0, 1].map((index) => labels(shardUnits(units, { index, count: 2 })));
    expect(first!.slice(0, 4)).toEqual(['aae', 'aae 1', 'aae 0', 'aae 2']);
    expect(second!.slice(0, 4)).toEqual(['aae 0', 'aae 2', 'aae', 'aae 1']);
    for (const label of ['aae', 'aae 0', 'aae 1', 'aae 2']) expect(first!.filter((l) => l === label)).toHaveLength(3);
  });

  it('rotates the rounds of seed-independent units too', () => {
    const units = experimentUnits(
      experimentSpec.parse({
        name: 'rounds',
        classes: ['a', 'b'],
        folds: { kind: 'group-k-fold', k: 3 },
        seeds: [0, 1],
        systems: [
          { method: 'raw', label: 'raw' },
          { method: 'pca', label: 'pca', codeSizes: [2] },
          { method: 'aae', label: 'aae', codeSizes: [2] },
        ],
        baseline: 'raw',
      }),
      2,
    );
    expect(units.map((u) => `${u.system.label} ${u.fold}/${u.seed}`)).toEqual([
      'raw 0/undefined',
      'pca 0/undefined',
      'aae 0/0',
      'aae 0/1',
      'raw 1/undefined',
      'pca 1/undefined',
      'aae 1/0',
      'aae 1/1',
    ]);
    expect(labels(shardUnits(units, { index: 0, count: 2 }))).toEqual(['raw', 'aae', 'pca', 'aae']);
  });
});
