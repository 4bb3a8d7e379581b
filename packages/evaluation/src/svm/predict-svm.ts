import { assert, assertFinite } from '@emocode/core';
import type { SvmModel } from './svm-model.js';

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
  const decision = decisionValuesUnchecked(model, x);
  const rows = x.length / model.dims;
  const pairs = model.pairs.length;
  const votes = new Int32Array(model.classes.length);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    votes.fill(0);
    model.pairs.forEach((p, k) => votes[decision[r * pairs + k]! > 0 ? p.first : p.second]!++);
    let best = 0;
    for (let c = 1; c < votes.length; c++) if (votes[c]! > votes[best]!) best = c;
    out[r] = model.classes[best]!;
  }
  return out;
}

function checkRows(model: SvmModel, x: Float32Array, where: string): void {
  assert(
    x.length % model.dims === 0,
    () => `${where}: x.length must be a multiple of model.dims (${model.dims}), got ${x.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  assertFinite(x, where, 'x');
}

function decisionValuesUnchecked(model: SvmModel, x: Float32Array): Float64Array {
  const { dims, svCount, supportVectors: sv, pairs } = model;
  const rows = x.length / dims;
  const out = new Float64Array(rows * pairs.length);
  const k = new Float64Array(svCount);
  for (let r = 0; r < rows; r++) {
    const xr = r * dims;
    for (let s = 0; s < svCount; s++) {
      const vs = s * dims;
      let acc = 0;
      if (model.kernel === 'linear') {
        for (let d = 0; d < dims; d++) acc += x[xr + d]! * sv[vs + d]!;
        k[s] = acc;
      } else {
        for (let d = 0; d < dims; d++) {
          const diff = x[xr + d]! - sv[vs + d]!;
          acc += diff * diff;
        }
        k[s] = Math.exp(-model.gamma * acc);
      }
    }
    pairs.forEach((p, j) => {
      let sum = 0;
      for (let i = 0; i < p.sv.length; i++) sum += p.coef[i]! * k[p.sv[i]!]!;
      out[r * pairs.length + j] = sum - p.rho;
    });
  }
  return out;
}
