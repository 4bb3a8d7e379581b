import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { heapKernel, heapPointer } from './wasm/heap-kernel.js';
import { transposeKernel } from './wasm/transpose-module.js';

const kernelName = 'EmocodeTranspose2D';

/**
 * `(src + rowBias·1ᵀ)ᵀ` of a `rows x cols` float32 matrix on the wasm heap, as a new backend
 * output: SIMD 4x4 tiles for the bulk, JavaScript for the ragged last rows and columns.
 */
export function wasmTranspose(wasm: BackendWasm, src: tf.TensorInfo, rowBias?: tf.TensorInfo): tf.TensorInfo {
  const [rows, cols] = src.shape as [number, number];
  const out = wasm.makeOutput([cols, rows], 'float32');
  const rows4 = rows - (rows % 4);
  const cols4 = cols - (cols % 4);
  heapKernel(wasm, transposeKernel)(
    heapPointer(wasm, src),
    heapPointer(wasm, out),
    rows4,
    cols4,
    rows,
    cols,
    rowBias ? heapPointer(wasm, rowBias) : 0,
  );
  if (rows4 < rows || cols4 < cols) {
    const from = wasm.typedArrayFromHeap(src) as Float32Array;
    const to = wasm.typedArrayFromHeap(out) as Float32Array;
    const bias = rowBias && (wasm.typedArrayFromHeap(rowBias) as Float32Array);
    for (let i = 0; i < rows; i++) {
      // Adding 0 where there is no bias keeps -0 → +0 the same as the SIMD tiles do.
      const b = bias ? bias[i]! : 0;
      for (let j = i < rows4 ? cols4 : 0; j < cols; j++) to[j * rows + i] = from[i * cols + j]! + b;
    }
  }
  return out;
}

if (!tf.getKernel(kernelName, 'wasm')) {
  tf.registerKernel({
    kernelName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend }) => wasmTranspose(backend as unknown as BackendWasm, inputs['x']!),
  });
}
if (!tf.getGradient(kernelName)) {
  tf.registerGradient({ kernelName, gradFunc: (dy) => ({ x: () => transpose2d(dy as tf.Tensor2D) }) });
}

/**
 * The transpose of a matrix, `rows x cols` → `cols x rows`: one SIMD pass on wasm, `tf.transpose`
 * elsewhere. float32 only on wasm.
 */
export function transpose2d(x: tf.Tensor2D): tf.Tensor2D {
  if (!tf.getKernel(kernelName, tf.getBackend())) return tf.transpose(x);
  return tf.engine().runKernel(kernelName, { x }) as tf.Tensor2D;
}
