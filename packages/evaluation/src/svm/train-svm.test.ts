import { describe, expect, it } from 'vitest';
import { predictSvm, svmDecisionValues } from './predict-svm.js';
import type { SvmModel } from './svm-model.js';
import { trainSvm } from './train-svm.js';

// Three 1-D clusters at -4, 0, 4 (labels 7, 3, 5 on purpose: classes are sorted by label).
const x = Float32Array.from([-4.2, -3.9, -4.1, 0.1, -0.2, 0.15, 3.8, 4.1, 4.3]);
const labels = Int32Array.from([7, 7, 7, 3, 3, 3, 5, 5, 5]);

describe('trainSvm', () => {
  it('separates clusters and maps back to the original labels', () => {
    const model = trainSvm(x, 1, labels, { kernel: 'rbf', C: 10, gamma: 0.5 });
    expect([...model.classes]).toEqual([3, 5, 7]);
    expect(model.pairs.map((p) => [p.first, p.second])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect([...predictSvm(model, Float32Array.from([-4, 0, 4, 2.5]))]).toEqual([7, 3, 5, 5]);
  });

  it('resolves gamma "scale" as 1 / (dims · var(X))', () => {
    const model = trainSvm(x, 1, labels, {});
    const mean = x.reduce((a, b) => a + b) / x.length;
    const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length;
    expect(model.gamma).toBeCloseTo(1 / variance, 6);
  });

  it('keeps the dual constraint Σ coef = 0 and 0 < |coef| <= C · weight per machine', () => {
    const model = trainSvm(x, 1, labels, { kernel: 'linear', C: 0.05, classWeight: { '3': 2 } });
    for (const p of model.pairs) {
      expect(p.coef.reduce((a, b) => a + b)).toBeCloseTo(0, 10);
      const cFirst = p.first === 0 ? 0.1 : 0.05;
      for (const c of p.coef) expect(c > 0 ? c <= cFirst + 1e-12 : -c <= 0.05 + 1e-12).toBe(true);
    }
  });

  it('rejects bad shapes, single classes, NaN and bad options', () => {
    expect(() => trainSvm(x, 2, labels)).toThrow(/labels.length x dims/);
    expect(() => trainSvm(x, 1, new Int32Array(9))).toThrow(/at least 2 classes/);
    expect(() =>
      trainSvm(
        x.map((v, i) => (i === 4 ? NaN : v)),
        1,
        labels,
      ),
    ).toThrow(/finite.*index 4/);
    expect(() => trainSvm(x, 1, labels, { C: -1 })).toThrow(/trainSvm: invalid options: C/);
    expect(() => trainSvm(x, 1, labels, { gamma: 'auto' as 'scale' })).toThrow(/gamma/);
  });
});

describe('predictSvm', () => {
  it('breaks a three-way vote tie towards the lowest class index, like libsvm', () => {
    // No support vectors: each decision value is −rho. (0,1) → 0, (0,2) → 2, (1,2) → 1: one vote each.
    const pair = (first: number, second: number, rho: number) => ({ first, second, sv: new Int32Array(), coef: new Float64Array(), rho });
    const model: SvmModel = {
      specVersion: 1,
      kernel: 'linear',
      gamma: 0,
      dims: 1,
      classes: Int32Array.from([4, 6, 9]),
      supportVectors: new Float32Array(),
      svCount: 0,
      pairs: [pair(0, 1, -1), pair(0, 2, 1), pair(1, 2, -1)],
    };
    expect([...svmDecisionValues(model, Float32Array.from([0]))]).toEqual([1, -1, 1]);
    expect([...predictSvm(model, Float32Array.from([0]))]).toEqual([4]);
  });

  it('rejects rows of the wrong width', () => {
    const model = trainSvm(x, 1, labels);
    expect(() => predictSvm({ ...model, dims: 2 }, Float32Array.from([1, 2, 3]))).toThrow(/multiple of model.dims \(2\)/);
  });
});
