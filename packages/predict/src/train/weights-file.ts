import type { ModelBundleManifest } from '../bundle-format.js';
import { decodeWeights, type NamedWeight } from '../decode-weights.js';

/** A float32 tensor to store under `name`. */
export interface WeightToStore {
  readonly name: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/** Tensors back to back in one buffer with their specs: the layout `tf.io.encodeWeights` writes. */
export function encodeWeights(weights: readonly WeightToStore[]): { specs: ModelBundleManifest['weightSpecs']; buffer: ArrayBuffer } {
  const total = weights.reduce((sum, w) => sum + w.values.length, 0);
  const data = new Float32Array(total);
  let offset = 0;
  for (const w of weights) {
    data.set(w.values, offset);
    offset += w.values.length;
  }
  return { specs: weights.map((w) => ({ name: w.name, shape: [...w.shape], dtype: 'float32' as const })), buffer: data.buffer };
}

/** The tensors of a training artifact whose names start with one of `groups` (`encoder/`, `head/`). */
export function pickGroups(
  specs: readonly { name: string; shape: number[]; dtype?: string }[],
  buffer: ArrayBuffer,
  groups: readonly string[],
): WeightToStore[] {
  const decoded = decodeWeights(
    specs.map((s) => ({ name: s.name, shape: s.shape, dtype: 'float32' as const })),
    buffer,
  );
  const wanted = [...decoded.entries()].filter(([name]) => groups.some((g) => name.startsWith(`${g}/`)));
  return wanted.map(([name, w]: [string, NamedWeight]) => ({ name, shape: w.shape, values: w.values }));
}
