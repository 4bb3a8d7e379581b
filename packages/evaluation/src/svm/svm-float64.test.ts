import { describe, expect, it } from 'vitest';
import { is10Path, ravdess4Split } from '../__fixtures__/ravdess-is10.js';
import { cached } from './kernel-matrix.js';
import { predictSvm, svmDecisionValues } from './predict-svm.js';
import { resolveGamma } from './resolve-gamma.js';
import type { SvmModel } from './svm-model.js';
import { svmOptions } from './svm-options.js';
import { trainSvm, trainSvmUnchecked } from './train-svm.js';

const dot64 = (a: Float32Array, i: number, b: Float32Array, j: number, dims: number): number => {
  let s = 0;
  for (let k = 0; k < dims; k++) s += a[i * dims + k]! * b[j * dims + k]!;
  return s;
};
const squares64 = (a: Float32Array, dims: number): Float64Array =>
  Float64Array.from({ length: a.length / dims }, (_, i) => dot64(a, i, a, i, dims));
/** Row i of exp(−gamma · |a_i − b_j|²) over every row j of b, in float64. */
const rbfRow64 = (a: Float32Array, i: number, b: Float32Array, bSquares: Float64Array, dims: number, gamma: number): Float64Array => {
  const ai = dot64(a, i, a, i, dims);
  return bSquares.map((bj, j) => Math.exp(-gamma * (ai + bj - 2 * dot64(a, i, b, j, dims))));
};

/** libsvm's decision values in float64 throughout, one kernel value at a time. */
function decisionValues64(model: SvmModel, x: Float32Array): Float64Array {
  const rows = x.length / model.dims;
  const out = new Float64Array(rows * model.pairs.length);
  const svSquares = squares64(model.supportVectors, model.dims);
  for (let r = 0; r < rows; r++) {
    const k = rbfRow64(x, r, model.supportVectors, svSquares, model.dims, model.gamma);
    model.pairs.forEach((p, j) => {
      out[r * model.pairs.length + j] = p.coef.reduce((sum, c, i) => sum + c * k[p.sv[i]!]!, 0) - p.rho;
    });
  }
  return out;
}

// The float32 SIMD products must keep the model a float64 kernel gives (libsvm computes kernel
// values in double and stores Q in float, as both paths here do).
describe.skipIf(!is10Path)('float32 SIMD products against float64 ones (RAVDESS 4-class IS10, 560 x 1582)', () => {
  const s = is10Path ? ravdess4Split(is10Path) : undefined;

  it.each([1, 10])(
    'C = %i: the same support vectors and identical predictions',
    (C) => {
      const { xTrain, yTrain, xTest, dims } = s!;
      const rows = yTrain.length;
      const gamma = resolveGamma('scale', xTrain, dims);
      const trainSquares = squares64(xTrain, dims);
      const kernel64 = cached(rows, new Float64Array(rows).fill(1), rows, (i, out) =>
        out.set(rbfRow64(xTrain, i, xTrain, trainSquares, dims, gamma)),
      );
      const classes = Int32Array.of(0, 1, 2, 3);
      const model64 = trainSvmUnchecked(xTrain, dims, yTrain, classes, svmOptions.parse({ C }), kernel64);
      const model32 = trainSvm(xTrain, dims, yTrain, { C });
      expect(model32.svCount).toBe(model64.svCount);
      expect(model32.supportVectors).toEqual(model64.supportVectors);
      expect([...predictSvm(model32, xTest)]).toEqual([...predictSvm(model64, xTest)]);
      const [simd, exact] = [svmDecisionValues(model64, xTest), decisionValues64(model64, xTest)];
      simd.forEach((v, i) => expect(v).toBeCloseTo(exact[i]!, 5));
    },
    120_000,
  );
});
