import { cached, type KernelMatrix } from './kernel-matrix.js';
import { solveSmo, type BinarySolution } from './smo-solver.js';

/** Settings shared by every one-vs-one machine of a model. */
export interface PairSettings {
  tolerance: number;
  maxIterations?: number | undefined;
  cacheBytes: number;
}

/**
 * Trains the machine of `positive` rows (y = +1) against `negative` rows (y = −1), indices into
 * the kernel matrix, with box bounds `cPositive` / `cNegative`. Rows of Q are gathered from the
 * kernel matrix on first use and cached, as libsvm's SVC_Q does.
 */
export function trainPair(
  kernel: KernelMatrix,
  positive: Int32Array,
  negative: Int32Array,
  cPositive: number,
  cNegative: number,
  settings: PairSettings,
): BinarySolution & { rows: Int32Array } {
  const size = positive.length + negative.length;
  const rows = new Int32Array(size);
  rows.set(positive);
  rows.set(negative, positive.length);
  const y = new Int8Array(size).fill(1, 0, positive.length).fill(-1, positive.length);
  const qd = Float64Array.from(rows, (r) => kernel.diagonal[r]!);
  const capacity = Math.max(2, Math.floor(settings.cacheBytes / (4 * size)));
  const q = cached(size, qd, capacity, (i, out) => {
    const k = kernel.row(rows[i]!);
    const yi = y[i]!;
    for (let j = 0; j < size; j++) out[j] = yi * y[j]! * k[rows[j]!]!;
  }).row;
  // libsvm's default iteration cap.
  const maxIterations = settings.maxIterations ?? Math.max(10_000_000, 100 * size);
  const solution = solveSmo({ size, y, q, qd, cPositive, cNegative, tolerance: settings.tolerance, maxIterations });
  return { ...solution, rows };
}
