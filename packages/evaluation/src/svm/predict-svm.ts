import { assert, assertFinite } from '@emocode/core';
import { rowDotsView } from '@emocode/kernels';
import type { SvmModel } from './svm-model.js';
import { voteOneVsOne } from './vote-one-vs-one.js';

/**
 * One-vs-one decision values, libsvm's `svm_predict_values`: for each row of `x` and each pair
 * (first, second) in model order, Σ coef · K(sv, x) − ρ; positive favours `first`.
 * @param x rows to score, row-major (rows x model.dims).
 * @returns rows x pairs.length values, row-major.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when x.length is not a multiple of model.dims,
 *   EMOCODE_NON_FINITE for NaN/Infinity in x.
 * @example const dec = svmDecisionValues(model, xTest);
 */
export function svmDecisionValues(model: SvmModel, x: Float32Array): Float64Array {
  checkRows(model, x, 'svmDecisionValues');
  return decisionValuesUnchecked(model, x);
}

/**
 * Predicted labels by one-vs-one voting; ties go to the class with the lowest index (libsvm).
 * @param x rows to classify, row-major (rows x model.dims).
 * @returns one label (from model.classes) per row.
 * @throws EmocodeError as {@link svmDecisionValues}.
 * @example const predicted = predictSvm(model, xTest);
 */
export function predictSvm(model: SvmModel, x: Float32Array): Int32Array {
  checkRows(model, x, 'predictSvm');
  return voteOneVsOne(decisionValuesUnchecked(model, x), model.pairs, model.classes);
}

function checkRows(model: SvmModel, x: Float32Array, where: string): void {
  assert(
    x.length % model.dims === 0,
    () => `${where}: x.length must be a multiple of model.dims (${model.dims}), got ${x.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  assertFinite(x, where, 'x');
}

/** Test rows per product with the support vectors: at most 2^24 kernel values (64 MB) at a time. */
const CHUNK_VALUES = 2 ** 24;

/** Kernel values of test rows and support vectors by the SIMD row product (RBF in the same pass), chunk by chunk. */
function decisionValuesUnchecked(model: SvmModel, x: Float32Array): Float64Array {
  const { dims, svCount, supportVectors, pairs } = model;
  const rows = x.length / dims;
  const out = new Float64Array(rows * pairs.length);
  const chunk = Math.max(1, Math.floor(CHUNK_VALUES / Math.max(1, svCount)));
  for (let first = 0; first < rows; first += chunk) {
    const count = Math.min(chunk, rows - first);
    const rbfGamma = model.kernel === 'rbf' ? model.gamma : undefined;
    const { values: k, stride } = rowDotsView(x.subarray(first * dims, (first + count) * dims), count, supportVectors, svCount, dims, {
      rbfGamma,
    });
    for (let j = 0; j < pairs.length; j++) {
      const { sv, coef, rho } = pairs[j]!;
      for (let r = 0; r < count; r++) {
        const kr = r * stride;
        let sum = 0;
        for (let i = 0; i < sv.length; i++) sum += coef[i]! * k[kr + sv[i]!]!;
        out[(first + r) * pairs.length + j] = sum - rho;
      }
    }
  }
  return out;
}
