import { describe, expect, it } from 'vitest';
import { applyProfile } from './apply-profile.js';
import { defineExperiment } from './define-experiment.js';
import { specHash } from './spec-hash.js';

const spec = defineExperiment({
  name: 'tiny',
  classes: ['a', 'b', 'c'],
  folds: { kind: 'group-k-fold', k: 3 },
  seeds: [0, 1, 2],
  systems: [
    { method: 'raw' },
    { method: 'aae', codeSizes: [2, 10, 50], training: { epochs: 30 } },
    { method: 'pca', codeSizes: [50] },
    { method: 'augment', perClass: [50, 100], training: { epochs: 30 } },
  ],
  baseline: 'raw',
  profiles: {
    quick: { folds: 2, epochs: 2, seeds: [7], codeSizes: [2, 10], perClass: [100] },
    reduced: { systems: ['pca'], normalization: 'per-speaker' },
  },
});

describe('applyProfile', () => {
  it('leaves the spec alone for an empty profile', () => {
    const p = applyProfile(spec, 'full');
    expect(p.spec).toEqual(spec);
    expect(p.folds).toBeUndefined();
  });

  it('caps epochs, replaces seeds, filters sizes and amounts, drops emptied systems', () => {
    const p = applyProfile(spec, 'quick');
    expect(p.folds).toBe(2);
    expect(p.spec.seeds).toEqual([7]);
    expect(p.spec.systems.map((s) => s.method)).toEqual(['raw', 'aae', 'augment']);
    const [, aae, augment] = p.spec.systems;
    expect(aae!.method === 'aae' && [aae!.codeSizes, aae!.training.epochs]).toEqual([[2, 10], 2]);
    expect(augment!.method === 'augment' && [augment!.perClass, augment!.training.epochs]).toEqual([[100], 2]);
  });

  it('keeps only the named systems and the baseline, and replaces the normalisation', () => {
    const p = applyProfile(spec, 'reduced');
    expect(p.spec.systems.map((s) => s.method)).toEqual(['raw', 'pca']);
    expect(p.spec.normalization).toBe('per-speaker');
    expect(spec.normalization).toBe('global');
  });
});

describe('specHash', () => {
  it('ignores key order and sees every value', () => {
    expect(specHash({ a: 1, b: [1, 2] })).toBe(specHash({ b: [1, 2], a: 1 }));
    expect(specHash({ a: 1, b: [1, 2] })).not.toBe(specHash({ a: 1, b: [2, 1] }));
    expect(specHash(spec)).not.toBe(specHash(applyProfile(spec, 'quick').spec));
    expect(specHash(Float32Array.of(1, 2))).toBe(specHash([1, 2]));
    expect(specHash({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });
});
