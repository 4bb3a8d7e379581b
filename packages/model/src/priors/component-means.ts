import { createRng } from '@emocode/core';

/**
 * Well-separated component means, `classes x codeSize`: on a circle for codeSize 2 (class c
 * at angle 2πc/classes), along scaled axes (one-hot directions) when classes ≤ codeSize,
 * else seeded random unit directions. All at distance `radius` from the origin.
 */
export function componentMeans(classes: number, codeSize: number, radius: number, seed: number): Float32Array {
  const means = new Float32Array(classes * codeSize);
  for (let c = 0; c < classes; c++) {
    const row = means.subarray(c * codeSize, (c + 1) * codeSize);
    if (codeSize === 1) row[0] = radius * (classes === 1 ? 0 : (2 * c) / (classes - 1) - 1);
    else if (codeSize === 2) {
      row[0] = radius * Math.cos((2 * Math.PI * c) / classes);
      row[1] = radius * Math.sin((2 * Math.PI * c) / classes);
    } else if (classes <= codeSize) row[c] = radius;
    else randomDirection(row, radius, createRng(seed * 7919 + c));
  }
  return means;
}

function randomDirection(row: Float32Array, radius: number, rng: ReturnType<typeof createRng>): void {
  let norm = 0;
  for (let j = 0; j < row.length; j++) {
    row[j] = rng.normal();
    norm += row[j] * row[j];
  }
  for (let j = 0; j < row.length; j++) row[j] = (row[j] * radius) / Math.sqrt(norm);
}
