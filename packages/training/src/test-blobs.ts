import { createRng } from '@emocode/core';

/**
 * Test data: `classes` Gaussian blobs in `dims` dimensions (class c centred at 3·e_c, unit
 * noise), rows interleaved by class. Not exported from the package.
 */
export function testBlobs(
  perClass: number,
  dims: number,
  classes: number,
  seed: number,
): { data: Float32Array; labels: Int32Array; rows: number } {
  const rng = createRng(seed);
  const rows = perClass * classes;
  const data = new Float32Array(rows * dims);
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    labels[r] = r % classes;
    for (let j = 0; j < dims; j++) data[r * dims + j] = rng.normal() * 0.5 + (j === labels[r] ? 3 : 0);
  }
  return { data, labels, rows };
}

/** Fraction of rows whose code is nearest to the prior mean of their own class. */
export function nearestMeanAccuracy(codes: Float32Array, means: Float32Array, labels: Int32Array, codeSize: number): number {
  const classes = means.length / codeSize;
  let correct = 0;
  labels.forEach((label, r) => {
    let best = 0;
    let bestDist = Infinity;
    for (let c = 0; c < classes; c++) {
      let d = 0;
      for (let j = 0; j < codeSize; j++) d += (codes[r * codeSize + j] - means[c * codeSize + j]) ** 2;
      if (d < bestDist) [best, bestDist] = [c, d];
    }
    if (best === label) correct++;
  });
  return correct / labels.length;
}
