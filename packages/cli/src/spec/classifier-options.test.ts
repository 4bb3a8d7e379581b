import { describe, expect, it } from 'vitest';
import { chooseClassifier, classifierSpec } from './classifier-options.js';
import { defineExperiment } from './define-experiment.js';

describe('classifier spec', () => {
  it('keeps C = 1, gamma = scale fixed by default; tune fills its grid and inner folds', () => {
    expect(classifierSpec.parse({})).toMatchObject({ kernel: 'rbf', C: 1, gamma: 'scale' });
    expect(classifierSpec.parse({}).tune).toBeUndefined();
    expect(classifierSpec.parse({ tune: { C: [1, 10] } }).tune).toEqual({ C: [1, 10], gammaScale: [0.25, 1, 4], innerFolds: 3 });
    expect(() => classifierSpec.parse({ tune: { innerFolds: 1 } })).toThrow();
  });

  it('--classifier fixed drops the tuning, tuned keeps the spec grid or adds the default one', () => {
    const tuned = classifierSpec.parse({ C: 2, tune: { C: [1, 10] } });
    expect('tune' in chooseClassifier(tuned, 'fixed')).toBe(false);
    expect(chooseClassifier(tuned, 'fixed').C).toBe(2);
    expect(chooseClassifier(tuned, 'tuned').tune!.C).toEqual([1, 10]);
    expect(chooseClassifier(classifierSpec.parse({}), 'tuned').tune).toEqual({
      C: [0.1, 1, 10, 100],
      gammaScale: [0.25, 1, 4],
      innerFolds: 3,
    });
    expect(chooseClassifier(tuned, undefined)).toBe(tuned);
  });
});

describe('cross-corpus specs', () => {
  const base = { name: 'x', classes: ['angry', 'sad'], systems: [{ method: 'raw' as const }], baseline: 'raw' };

  it('need data.corpora with cross-corpus folds, and neither without the other', () => {
    const spec = defineExperiment({ ...base, data: { corpora: ['ravdess', 'emodb'] }, folds: { kind: 'cross-corpus' } });
    expect(spec.data.corpora).toEqual(['ravdess', 'emodb']);
    expect(() => defineExperiment({ ...base, folds: { kind: 'cross-corpus' } })).toThrow(
      /data\.corpora: cross-corpus folds and data\.corpora go together/,
    );
    expect(() => defineExperiment({ ...base, data: { corpora: ['ravdess', 'emodb'] }, folds: { kind: 'leave-one-group-out' } })).toThrow(
      /go together/,
    );
    expect(() =>
      defineExperiment({ ...base, data: { corpora: ['ravdess', 'emodb'], features: 'x.csv' }, folds: { kind: 'cross-corpus' } }),
    ).toThrow(/remove data\.features and data\.labels/);
  });
});
