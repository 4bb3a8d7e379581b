import { describe, expect, it } from 'vitest';
import { experimentSpec } from '../spec/experiment-options.js';
import { experimentUnits, shardUnits, type Unit } from './experiment-units.js';

const spec = (systems: number) =>
  experimentSpec.parse({
    name: 'shards',
    classes: ['a', 'b'],
    folds: { kind: 'group-k-fold', k: 3 },
    seeds: [0, 1],
    baseline: 'raw',
    systems: [{ method: 'raw', label: 'raw' }, ...Array.from({ length: systems - 1 }, (_, i) => ({ method: 'pca', label: `pca ${i}`, codeSizes: [2] }))],
  });

const labels = (units: Unit[]) => units.map((u) => u.system.label);

describe('experimentUnits', () => {
  const base = { name: 'keys', classes: ['a', 'b'], folds: { kind: 'group-k-fold', k: 2 }, seeds: [0], baseline: 'raw' } as const;
  const keys = (systems: object[]) => experimentUnits(experimentSpec.parse({ ...base, systems: [{ method: 'raw', label: 'raw' }, ...systems] }), 1).map((u) => u.key);

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
  it.each([[4, 2], [5, 2], [31, 2], [4, 3]])('gives each of the units of %i systems to exactly one of %i shards, in run order', (systems, count) => {
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
    expect(first!.slice(0, 4)).toEqual(['raw', 'pca 1', 'pca 0', 'pca 2']);
    expect(second!.slice(0, 4)).toEqual(['pca 0', 'pca 2', 'raw', 'pca 1']);
    for (const label of ['raw', 'pca 0', 'pca 1', 'pca 2']) expect(first!.filter((l) => l === label)).toHaveLength(3);
  });
});
