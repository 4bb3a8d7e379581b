import { createRng, type Rng } from '@emocode/core';
import type { MeanLayout } from './prior-options.js';

/**
 * Well-separated component means, `classes x codeSize`, all at distance `radius` from the
 * origin (see the `layout` prior option). For codeSize 1 the means are spread evenly
 * over [−radius, radius].
 * @example componentMeans(4, 2, 5, 0) // 4 x 2: (5,0), (0,5), (−5,0), (0,−5)
 */
export function componentMeans(classes: number, codeSize: number, radius: number, seed: number, layout: MeanLayout = 'auto'): Float32Array {
  const means = new Float32Array(classes * codeSize);
  const chosen = resolveLayout(layout, classes, codeSize);
  if (chosen === 'simplex') simplex(means, classes, codeSize, radius);
  for (let c = 0; c < classes && chosen !== 'simplex'; c++) {
    const row = means.subarray(c * codeSize, (c + 1) * codeSize);
    if (codeSize === 1) row[0] = radius * (classes === 1 ? 0 : (2 * c) / (classes - 1) - 1);
    else if (chosen === 'circle') {
      row[0] = radius * Math.cos((2 * Math.PI * c) / classes);
      row[1] = radius * Math.sin((2 * Math.PI * c) / classes);
    } else if (chosen === 'axes') row[c] = radius;
    else randomDirection(row, radius, createRng(seed * 7919 + c));
  }
  return means;
}

/** The layout `auto` stands for: a circle when the code has no room for a simplex (or is 2-D). */
export function resolveLayout(layout: MeanLayout, classes: number, codeSize: number): Exclude<MeanLayout, 'auto'> {
  if (layout !== 'auto') return layout;
  return codeSize === 2 || codeSize < classes - 1 ? 'circle' : 'simplex';
}

/**
 * Regular simplex: the centred one-hot vectors e_c − 1/k (which span k − 1 dims) written in
 * an orthonormal basis of their span (Gram–Schmidt), scaled to `radius`.
 */
function simplex(means: Float32Array, classes: number, codeSize: number, radius: number): void {
  const basis: Float64Array[] = [];
  for (let c = 0; c < classes && basis.length < classes - 1; c++) {
    const v = Float64Array.from({ length: classes }, (_, j) => (j === c ? 1 : 0) - 1 / classes);
    for (const b of basis) {
      const dot = v.reduce((s, x, j) => s + x * b[j], 0);
      for (let j = 0; j < classes; j++) v[j] -= dot * b[j];
    }
    const norm = Math.hypot(...v);
    if (norm > 1e-9) basis.push(v.map((x) => x / norm));
  }
  const centredNorm = Math.sqrt(1 - 1 / classes);
  for (let c = 0; c < classes; c++) {
    basis.forEach((b, i) => {
      if (i < codeSize) means[c * codeSize + i] = (radius * b[c]) / (centredNorm || 1);
    });
  }
}

function randomDirection(row: Float32Array, radius: number, rng: Rng): void {
  let norm = 0;
  for (let j = 0; j < row.length; j++) {
    row[j] = rng.normal();
    norm += row[j] * row[j];
  }
  for (let j = 0; j < row.length; j++) row[j] = (row[j] * radius) / Math.sqrt(norm);
}
