import { createRng } from '@emocode/core';
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { dropoutMaskKernel } from './wasm/dropout-mask-module.js';
import { heapKernel, heapPointer } from './wasm/heap-kernel.js';

const kernelName = 'EmocodeDropoutMask';

interface MaskAttrs {
  readonly shape: number[];
  readonly rate: number;
  readonly seed: number;
}

/** Four nonzero xorshift32 lane states, the keep threshold (u32) and the scale of a mask. */
function maskParameters({ rate, seed }: MaskAttrs): { lanes: number[]; threshold: number; scale: number } {
  const rng = createRng(seed);
  const lanes = [0, 1, 2, 3].map(() => Math.floor(rng.next() * 2 ** 32) || 1);
  const keep = 1 - rate;
  return { lanes, threshold: Math.min(Math.round(keep * 2 ** 32), 2 ** 32 - 1), scale: 1 / keep };
}

/** The mask in JavaScript, element for element what the wasm kernel writes (the cpu backend). */
function maskValues(size: number, attrs: MaskAttrs): Float32Array {
  const { lanes, threshold, scale } = maskParameters(attrs);
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    const lane = i % 4;
    if (lane === 0) {
      for (let l = 0; l < 4; l++) {
        let s = lanes[l]!;
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        lanes[l] = s >>> 0;
      }
    }
    out[i] = lanes[lane]! < threshold ? scale : 0;
  }
  return out;
}

const cpuKernel: tf.KernelFunc = ({ backend, attrs }) => {
  const a = attrs as unknown as MaskAttrs;
  const cpu = backend as tf.KernelBackend & { makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): tf.TensorInfo };
  return cpu.makeTensorInfo(a.shape, 'float32', maskValues(tf.util.sizeFromShape(a.shape), a));
};

const wasmKernel: tf.KernelFunc = ({ backend, attrs }) => {
  const a = attrs as unknown as MaskAttrs;
  const wasm = backend as unknown as BackendWasm;
  const out = wasm.makeOutput(a.shape, 'float32');
  const size = tf.util.sizeFromShape(a.shape);
  // A size that is not a multiple of 4 would need the lanes' last states for its tail: rare, so JS.
  if (size % 4 !== 0) (wasm.typedArrayFromHeap(out) as Float32Array).set(maskValues(size, a));
  else {
    const { lanes, threshold, scale } = maskParameters(a);
    heapKernel(wasm, dropoutMaskKernel)(heapPointer(wasm, out), size * 4, ...lanes.map((s) => s | 0), threshold | 0, scale);
  }
  return out;
};

for (const [backendName, kernelFunc] of [
  ['wasm', wasmKernel],
  ['cpu', cpuKernel],
] as const) {
  if (!tf.getKernel(kernelName, backendName)) tf.registerKernel({ kernelName, backendName, kernelFunc });
}

/**
 * Inverted dropout, `x · mask` with mask entries `1/(1−rate)` (kept) or 0, seeded: the same seed
 * gives the same mask on wasm and cpu. On those backends the mask is one kernel (four SIMD xorshift
 * streams on wasm) instead of tfjs' per-element JavaScript random numbers plus four passes, a
 * twentieth of the time; elsewhere it is `tf.dropout`.
 */
export function dropout(x: tf.Tensor2D, rate: number, seed: number): tf.Tensor2D {
  if (!tf.getKernel(kernelName, tf.getBackend())) return tf.dropout(x, rate, undefined, seed) as tf.Tensor2D;
  const mask = tf.engine().runKernel(kernelName, {}, { shape: x.shape, rate, seed } as unknown as tf.NamedAttrMap) as tf.Tensor2D;
  return tf.mul(x, mask);
}
