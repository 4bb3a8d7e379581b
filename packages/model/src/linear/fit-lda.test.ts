import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { fitLda } from './fit-lda.js';
import { project } from './linear-projection.js';

/** k classes separated along dimension 0 and 1 only, large nuisance variance elsewhere. */
function plantedClasses(perClass: number, classes: number, dims: number, seed: number) {
  const rng = createRng(seed);
  const rows = perClass * classes;
  const data = new Float32Array(rows * dims);
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const c = r % classes;
    labels[r] = c;
    for (let j = 0; j < dims; j++) data[r * dims + j] = rng.normal() * (j < 2 ? 0.3 : 1);
    data[r * dims] += Math.cos((2 * Math.PI * c) / classes);
    data[r * dims + 1] += Math.sin((2 * Math.PI * c) / classes);
  }
  return { data, labels, rows };
}

function nearestMeanAccuracy(codes: Float32Array, labels: Int32Array, k: number, classes: number): number {
  const means = new Float64Array(classes * k);
  const counts = new Float64Array(classes);
  labels.forEach((c, r) => {
    counts[c]++;
    for (let j = 0; j < k; j++) means[c * k + j] += codes[r * k + j];
  });
  for (let c = 0; c < classes; c++) for (let j = 0; j < k; j++) means[c * k + j] /= counts[c];
  let correct = 0;
  labels.forEach((label, r) => {
    let best = -1;
    let bestDist = Infinity;
    for (let c = 0; c < classes; c++) {
      let d = 0;
      for (let j = 0; j < k; j++) d += (codes[r * k + j] - means[c * k + j]) ** 2;
      if (d < bestDist) [best, bestDist] = [c, d];
    }
    if (best === label) correct++;
  });
  return correct / labels.length;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('fitLda', () => {
  it('separates planted classes that PCA-like variance would hide (rows < dims, Woodbury)', () => {
    const { data, labels, rows } = plantedClasses(15, 4, 80, 1);
    const lda = fitLda(data, 80, labels, range(rows), 2);
    const accuracy = nearestMeanAccuracy(project(lda, data, 80), labels, 2, 4);
    expect(accuracy).toBeGreaterThan(0.9);
    expect(lda.eigenvalues[0]).toBeGreaterThan(1);
  });

  it('gives the same directions with a fixed shrinkage on both solver paths', () => {
    const { data, labels, rows } = plantedClasses(40, 3, 10, 2);
    const lda = fitLda(data, 10, labels, range(rows), 2, { shrinkage: 0.1 });
    const accuracy = nearestMeanAccuracy(project(lda, data, 10), labels, 2, 3);
    expect(accuracy).toBeGreaterThan(0.9);
    // discriminative loadings live in dims 0 and 1
    const weight01 = lda.components[0] ** 2 + lda.components[1] ** 2;
    let rest = 0;
    for (let j = 2; j < 10; j++) rest += lda.components[j] ** 2;
    expect(weight01).toBeGreaterThan(10 * rest);
  });

  it('fits only on the given rows', () => {
    const { data, labels, rows } = plantedClasses(10, 3, 12, 4);
    const fitRows = range(rows - 6);
    const clean = fitLda(data, 12, labels, fitRows, 2);
    const dirty = data.slice();
    dirty.fill(1e6, (rows - 6) * 12);
    const again = fitLda(dirty, 12, labels, fitRows, 2);
    expect(again.components).toEqual(clean.components);
  });

  it('rejects k >= classes, negative labels and zero shrinkage when rows < dims', () => {
    const { data, labels, rows } = plantedClasses(5, 3, 30, 3);
    expect(() => fitLda(data, 30, labels, range(rows), 3)).toThrow(/k must be/);
    expect(() => fitLda(data, 30, labels, range(rows), 1, { shrinkage: 0 })).toThrow(/shrinkage must be > 0/);
    expect(() => fitLda(data, 30, labels, range(rows), 1, { shrinkage: 2 })).toThrow(/invalid options/);
    labels[2] = -1;
    expect(() => fitLda(data, 30, labels, range(rows), 1)).toThrow(/labels must be/);
  });
});
