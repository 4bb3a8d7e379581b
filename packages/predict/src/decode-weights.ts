import { EmocodeError } from '@emocode/core';
import type { ModelBundleManifest } from './bundle-format.js';

/** One float32 tensor of the weights file. */
export interface NamedWeight {
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/**
 * Splits a tfjs-layout weights buffer (float32 tensors back to back, as `tf.io.encodeWeights`
 * writes them) by its specs. Needs no tfjs, so prediction starts fast and bundles small.
 */
export function decodeWeights(specs: ModelBundleManifest['weightSpecs'], buffer: ArrayBuffer): Map<string, NamedWeight> {
  const out = new Map<string, NamedWeight>();
  let offset = 0;
  for (const spec of specs) {
    const size = spec.shape.reduce((a, b) => a * b, 1);
    // Copied so each tensor is 4-byte aligned whatever the buffer's layout.
    out.set(spec.name, { shape: spec.shape, values: new Float32Array(buffer.slice(offset, offset + 4 * size)) });
    offset += 4 * size;
  }
  return out;
}

/**
 * The tensor `name` with the given shape.
 * @throws EmocodeError EMOCODE_PARSE_ERROR when it is missing or shaped otherwise.
 */
export function weight(weights: ReadonlyMap<string, NamedWeight>, name: string, shape: readonly number[]): Float32Array {
  const w = weights.get(name);
  if (!w || w.shape.join('x') !== shape.join('x')) {
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `loadModel: weights must contain "${name}" of shape [${shape}], got ${w ? `[${w.shape}]` : 'none'}. Rebuild the bundle.`,
    );
  }
  return w.values;
}
