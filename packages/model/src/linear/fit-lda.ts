import { assert, parseOptions, rowsByClass } from '@emocode/core';
import { ldaOptions, type LdaOptions } from './lda-options.js';
import type { LinearProjection } from './linear-projection.js';
import { centredRows, checkRows, columnMean, gram } from './matrix.js';
import { ledoitWolf, shrunkSolver } from './shrunk-scatter.js';
import { symEigen } from './sym-eigen.js';
import { fixSigns } from './fit-pca.js';

/**
 * Linear discriminant analysis fitted on `rows` only, keeping `k ≤ classes − 1` directions.
 * Solves `Sb v = μ Sw v` with the shrinkage-regularised within-class covariance Sw without
 * forming any dims x dims matrix when rows < dims: with `Sb = B Bᵀ` (B: dims x classes of
 * weighted centred class means), the directions are `v = Sw⁻¹ B u / √μ` where `u, μ` are
 * eigenpairs of the classes x classes matrix `Bᵀ Sw⁻¹ B` (the whitened between-class
 * scatter); `Sw⁻¹` is applied with the Woodbury identity. Directions are Sw-orthonormal
 * (`vᵀ Sw v = 1`), so codes are in within-class standard deviations.
 * @param labels class index (≥ 0) of every row of `data`; only `rows` are read.
 * @throws EmocodeError EMOCODE_INVALID_INPUT (k, labels, fewer than 2 classes), EMOCODE_NON_FINITE.
 * @example const lda = fitLda(x, 1582, labels, fold.train, 3)
 */
export function fitLda(
  data: Float32Array,
  dims: number,
  labels: Int32Array,
  rows: ArrayLike<number>,
  k: number,
  options: LdaOptions = {},
): LinearProjection {
  const o = parseOptions(ldaOptions, options, 'fitLda');
  checkRows(data, dims, rows, 'fitLda');
  const classRows = groupByClass(labels, rows);
  const classes = classRows.length;
  const classOfLabel = new Map(classRows.map((r, c) => [labels[r[0]], c]));
  assert(classes >= 2, () => `fitLda: rows must contain at least 2 classes, got ${classes}.`);
  assert(
    Number.isInteger(k) && k >= 1 && k <= classes - 1,
    () => `fitLda: k must be an integer in 1..classes - 1 = ${classes - 1}, got ${k}.`,
  );
  const n = rows.length;
  const mean = columnMean(data, dims, rows);
  const classMeans = classRows.map((r) => columnMean(data, dims, r));
  const residuals = centredRows(data, dims, rows, (row) => classMeans[classOfLabel.get(labels[row]) as number]);
  const g = n <= dims ? gram(residuals, n, dims) : undefined;
  const shrinkage = o.shrinkage === 'auto' ? ledoitWolf(residuals, n, dims, g) : o.shrinkage;
  const solve = shrunkSolver(residuals, n, dims, shrinkage, 'fitLda', g);
  const { b, p } = whitenedMeans(classMeans, classRows, mean, n, dims, solve);
  const { components, eigenvalues } = directions(b, p, classes, dims, k);
  fixSigns(components, k, dims);
  return { kind: 'lda', dims, codeSize: k, mean, components, eigenvalues };
}

/**
 * B (dims x classes): class means minus the overall mean, weighted by √(n_c/n), so Sb = B Bᵀ;
 * P = Sw⁻¹ B. Both row-major dims x classes.
 */
function whitenedMeans(
  classMeans: Float64Array[],
  classRows: number[][],
  mean: Float64Array,
  n: number,
  dims: number,
  solve: (y: Float64Array) => Float64Array,
) {
  const classes = classMeans.length;
  const b = new Float64Array(dims * classes);
  const p = new Float64Array(dims * classes);
  classMeans.forEach((m, c) => {
    const w = Math.sqrt(classRows[c].length / n);
    const col = new Float64Array(dims);
    for (let j = 0; j < dims; j++) col[j] = w * (m[j] - mean[j]);
    const solved = solve(col.slice());
    for (let j = 0; j < dims; j++) {
      b[j * classes + c] = col[j];
      p[j * classes + c] = solved[j];
    }
  });
  return { b, p };
}

/** Top-k eigenpairs (u, μ) of Bᵀ Sw⁻¹ B mapped to directions v = P u / √μ (so vᵀ Sw v = 1). */
function directions(b: Float64Array, p: Float64Array, classes: number, dims: number, k: number) {
  const small = new Float64Array(classes * classes);
  for (let j = 0; j < dims; j++) {
    for (let a = 0; a < classes; a++) for (let c = 0; c < classes; c++) small[a * classes + c] += b[j * classes + a] * p[j * classes + c];
  }
  // B^T Sw^-1 B is symmetric up to round-off; symmetrise so the eigensolver sees it exactly.
  for (let a = 0; a < classes; a++)
    for (let c = 0; c < a; c++) small[a * classes + c] = small[c * classes + a] = (small[a * classes + c] + small[c * classes + a]) / 2;
  const { values, vectors } = symEigen(small, classes);
  const components = new Float64Array(k * dims);
  const eigenvalues = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    eigenvalues[c] = Math.max(values[c], 0);
    const norm = values[c] > 0 ? 1 / Math.sqrt(values[c]) : 0;
    for (let j = 0; j < dims; j++) {
      let s = 0;
      for (let a = 0; a < classes; a++) s += p[j * classes + a] * vectors[a * classes + c];
      components[c * dims + j] = s * norm;
    }
  }
  return { components, eigenvalues };
}

/** Row indices per class, classes in ascending label order (absent labels skipped). */
function groupByClass(labels: Int32Array, rows: ArrayLike<number>): number[][] {
  for (let i = 0; i < rows.length; i++) {
    const label = labels[rows[i]];
    assert(
      Number.isInteger(label) && label >= 0,
      () => `fitLda: labels must be integers >= 0 for every fitting row, got ${label} at row ${rows[i]}.`,
    );
  }
  return [...rowsByClass(labels, rows).entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
}
