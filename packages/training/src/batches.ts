import type { Rng } from '@emocode/core';
import type { Mlp } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';

/** Copies `rows` of a row-major matrix into a `rows.length x dims` tensor. */
export function gatherRows(data: Float32Array, dims: number, rows: readonly number[]): tf.Tensor2D {
  const out = new Float32Array(rows.length * dims);
  rows.forEach((r, i) => out.set(data.subarray(r * dims, (r + 1) * dims), i * dims));
  return tf.tensor2d(out, [rows.length, dims]);
}

/**
 * Rows of a batch, each mixed with a random training row of its own class:
 * `(1 − λ)·x_r + λ·x_partner`, λ ~ U(0, `strength`). Labels stay valid (both rows share the class),
 * so the mixture is a new, label-preserving example between two (mostly different) speakers.
 */
export function mixWithinClass(
  data: Float32Array,
  dims: number,
  rows: readonly number[],
  labels: Int32Array,
  byClass: ReadonlyMap<number, readonly number[]>,
  strength: number,
  rng: Rng,
): tf.Tensor2D {
  const out = new Float32Array(rows.length * dims);
  rows.forEach((r, i) => {
    const mates = byClass.get(labels[r]!)!;
    const partner = mates[rng.int(mates.length)]!;
    const lambda = strength * rng.next();
    for (let j = 0; j < dims; j++) out[i * dims + j] = (1 - lambda) * data[r * dims + j]! + lambda * data[partner * dims + j]!;
  });
  return tf.tensor2d(out, [rows.length, dims]);
}

/** Mean squared reconstruction error over `rows`, without dropout, in batches. */
export function reconstructionError(
  codec: { encoder: Mlp; decoder: Mlp },
  data: Float32Array,
  dims: number,
  rows: readonly number[],
  batchSize: number,
): number {
  let sum = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const x = gatherRows(data, dims, batch);
    const err = tf.tidy(() => tf.sum(tf.squaredDifference(codec.decoder.apply(codec.encoder.apply(x)), x)));
    sum += err.dataSync()[0] ?? Number.NaN;
    err.dispose();
    x.dispose();
  }
  return sum / (rows.length * dims);
}

/** Applies `net` (no dropout) to a `rows x inDims` matrix in batches; returns `rows x outDims`. */
export function applyInBatches(net: Mlp, input: Float32Array, rows: number, batchSize = 512): Float32Array {
  const inDims = net.spec.sizes[0] ?? 0;
  const outDims = net.spec.sizes.at(-1) ?? 0;
  const out = new Float32Array(rows * outDims);
  for (let start = 0; start < rows; start += batchSize) {
    const n = Math.min(batchSize, rows - start);
    const y = tf.tidy(() => net.apply(tf.tensor2d(input.subarray(start * inDims, (start + n) * inDims), [n, inDims])));
    out.set(y.dataSync(), start * outDims);
    y.dispose();
  }
  return out;
}
