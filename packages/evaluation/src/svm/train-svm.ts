import { assert, assertFinite, parseOptions } from '@emocode/core';
import { classWeights } from './class-weights.js';
import { kernelMatrix, type KernelMatrix } from './kernel-matrix.js';
import { resolveGamma } from './resolve-gamma.js';
import { svmOptions, type ResolvedSvmOptions, type SvmOptions } from './svm-options.js';
import type { SvmModel, SvmPair } from './svm-model.js';
import { trainPair } from './train-pair.js';

/**
 * Trains a C-SVC with libsvm's semantics: one machine per pair of classes (classes sorted by
 * label), each solved by SMO with second-order working set selection to `tolerance`.
 * @param x training rows, row-major (rows x dims).
 * @param dims features per row.
 * @param labels one integer label per row; at least two distinct labels.
 * @param options kernel, C, gamma, class weights (see {@link svmOptions}).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for bad options, EMOCODE_SHAPE_MISMATCH when
 *   x, dims and labels disagree, EMOCODE_INVALID_INPUT for fewer than two classes,
 *   EMOCODE_NON_FINITE for NaN/Infinity in x.
 * @example const model = trainSvm(x, 1582, labels, { kernel: 'rbf', C: 10, gamma: 'scale' });
 */
export function trainSvm(x: Float32Array, dims: number, labels: Int32Array, options: SvmOptions = {}): SvmModel {
  const o = parseOptions(svmOptions, options, 'trainSvm');
  assert(Number.isInteger(dims) && dims > 0, () => `trainSvm: dims must be a positive integer, got ${dims}.`);
  assert(
    x.length === labels.length * dims,
    () => `trainSvm: x must hold labels.length x dims = ${labels.length} x ${dims} values, got ${x.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  assertFinite(x, 'trainSvm', 'x');
  const classes = Int32Array.from(new Set(labels)).sort();
  assert(classes.length >= 2, () => `trainSvm: labels must hold at least 2 classes, got ${classes.length}.`);
  return trainSvmUnchecked(x, dims, labels, classes, o);
}

/**
 * trainSvm without validation; `classes` are the sorted distinct labels, `kernel` optionally the
 * kernel matrix of `x` for o.kernel and o.gamma (resolved) when the caller reuses it across
 * several trainings (a grid of C values).
 */
export function trainSvmUnchecked(
  x: Float32Array,
  dims: number,
  labels: Int32Array,
  classes: Int32Array,
  o: ResolvedSvmOptions,
  kernel?: KernelMatrix,
): SvmModel {
  const byClass = Array.from(classes, (label) => rowsOf(labels, label));
  const weights = classWeights(
    o.classWeight,
    classes,
    Int32Array.from(byClass, (rows) => rows.length),
  );
  const gamma = o.kernel === 'rbf' ? resolveGamma(o.gamma, x, dims) : 0;
  const cacheBytes = o.cacheMb * 2 ** 20;
  const matrix = kernel ?? kernelMatrix(x, labels.length, dims, o.kernel, gamma, cacheBytes);
  const settings = { tolerance: o.tolerance, maxIterations: o.maxIterations, cacheBytes };
  const machines: Machine[] = [];
  for (let a = 0; a < classes.length; a++) {
    for (let b = a + 1; b < classes.length; b++) {
      const positive = byClass[a]!;
      const s = trainPair(matrix, positive, byClass[b]!, o.C * weights[a]!, o.C * weights[b]!, settings);
      const kept = s.rows.map((_, i) => i).filter((i) => s.alpha[i]! > 0);
      machines.push({
        first: a,
        second: b,
        rows: Int32Array.from(kept, (i) => s.rows[i]!),
        coef: Float64Array.from(kept, (i) => (i < positive.length ? s.alpha[i]! : -s.alpha[i]!)),
        rho: s.rho,
      });
    }
  }
  return { specVersion: 1, kernel: o.kernel, gamma, dims, classes, ...collectSupportVectors(x, dims, labels.length, machines) };
}

type Machine = Omit<SvmPair, 'sv'> & { rows: Int32Array };

/** Gathers the union of every machine's support vectors (in training order) and reindexes. */
function collectSupportVectors(
  x: Float32Array,
  dims: number,
  rows: number,
  machines: Machine[],
): Pick<SvmModel, 'supportVectors' | 'svCount' | 'pairs'> {
  const UNNUMBERED = -2;
  const svIndex = new Int32Array(rows).fill(-1);
  for (const m of machines) for (const r of m.rows) svIndex[r] = UNNUMBERED;
  let svCount = 0;
  const supportVectors = new Float32Array(svIndex.filter((v) => v === UNNUMBERED).length * dims);
  for (let r = 0; r < rows; r++) {
    if (svIndex[r] !== UNNUMBERED) continue;
    supportVectors.set(x.subarray(r * dims, (r + 1) * dims), svCount * dims);
    svIndex[r] = svCount++;
  }
  const pairs = machines.map(({ rows: machineRows, ...rest }) => ({
    ...rest,
    sv: Int32Array.from(machineRows, (r) => svIndex[r]!),
  }));
  return { supportVectors, svCount, pairs };
}

function rowsOf(labels: Int32Array, label: number): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < labels.length; i++) if (labels[i] === label) rows.push(i);
  return Int32Array.from(rows);
}
