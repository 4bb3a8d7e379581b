import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { transpose2d, wasmTranspose } from './transpose.js';

const kernelName = 'EmocodeDense';

/** Backends whose `_FusedMatMul` takes row-major data addressed by shape alone (no native tensor handle). */
const fusedBackends = ['wasm', 'cpu'] as const;

/**
 * The fully-connected layer `x · kernel + bias`, `batch x in` → `batch x out`.
 * On wasm and cpu it is one registered kernel (the backend's fused matMul + bias) whose gradient is
 * lazy per input, so tfjs computes only what the loss needs: no ∂/∂x for data, no ∂/∂kernel for
 * a network that is frozen in this step. Its gradient uses only un-transposed matMuls (wasm runs
 * transposeA/transposeB in a slow scalar loop, ~10x slower than XNNPACK):
 * dX = (kernel · dYᵀ)ᵀ, dKernel = xᵀ · dY, dBias = Σ_rows dY.
 * On wasm, XNNPACK repacks its right operand on every call unless it is the very tensor of an
 * earlier call, and a weight is a new tensor after every optimizer step: repacking a 1582 x 1000
 * kernel costs three times its product with a batch of 100. So when the batch is smaller than the
 * output, the forward pass is `(kernelᵀ · xᵀ)ᵀ + bias` (SIMD transposes, the batch packed instead).
 * Other backends get `add(matMul(x, kernel), bias)` and their own gradients.
 * Shapes are trusted: kernel must be `in x out` and bias `out`.
 * @example const h = tf.relu(dense(x, kernel, bias))
 */
export function dense(x: tf.Tensor2D, kernel: tf.Tensor2D, bias: tf.Tensor1D): tf.Tensor2D {
  if (!tf.getKernel(kernelName, tf.getBackend())) return tf.add(tf.matMul(x, kernel), bias);
  return tf.engine().runKernel(kernelName, { x, kernel, bias }) as tf.Tensor2D;
}

type DenseInputs = { x: tf.TensorInfo; kernel: tf.TensorInfo; bias: tf.TensorInfo };

/** `a · b (+ bias)` by the backend's `_FusedMatMul` on 3-D views ([1, m, k]) of 2-D operands. */
function matMul2d(backendName: string, backend: object, a: tf.TensorInfo, b: tf.TensorInfo, bias?: tf.TensorInfo): tf.TensorInfo {
  const fused = tf.getKernel('_FusedMatMul', backendName);
  if (!fused) throw new Error(`dense: backend ${backendName} has no _FusedMatMul kernel`);
  const [m, k] = a.shape as [number, number];
  const n = b.shape[1] as number;
  const out = fused.kernelFunc({
    inputs: {
      a: { dataId: a.dataId, shape: [1, m, k], dtype: a.dtype },
      b: { dataId: b.dataId, shape: [1, k, n], dtype: b.dtype },
      ...(bias ? { bias } : {}),
    },
    backend,
    attrs: { transposeA: false, transposeB: false, activation: 'linear', leakyreluAlpha: 0 },
  }) as tf.TensorInfo;
  return { dataId: out.dataId, shape: [m, n], dtype: out.dtype };
}

function denseKernel(backendName: string): tf.KernelFunc {
  return ({ inputs, backend }) => {
    const { x, kernel, bias } = inputs as DenseInputs;
    if (backendName !== 'wasm' || (kernel.shape[1] as number) <= (x.shape[0] as number))
      return matMul2d(backendName, backend, x, kernel, bias);
    const wasm = backend as unknown as BackendWasm;
    const kernelT = wasmTranspose(wasm, kernel);
    const xT = wasmTranspose(wasm, x);
    const yT = matMul2d(backendName, backend, kernelT, xT);
    const y = wasmTranspose(wasm, yT, bias);
    for (const t of [kernelT, xT, yT]) wasm.disposeData(t.dataId);
    return y;
  };
}

for (const backendName of fusedBackends) {
  if (!tf.getKernel(kernelName, backendName)) tf.registerKernel({ kernelName, backendName, kernelFunc: denseKernel(backendName) });
}
if (!tf.getGradient(kernelName)) {
  tf.registerGradient({
    kernelName,
    inputsToSave: ['x', 'kernel'],
    gradFunc: (dy, saved) => {
      const [x, kernel] = saved as [tf.Tensor2D, tf.Tensor2D];
      const dy2 = dy as tf.Tensor2D;
      return {
        x: () => transpose2d(tf.matMul(kernel, transpose2d(dy2))),
        kernel: () => tf.matMul(transpose2d(x), dy2),
        bias: () => tf.sum(dy2, 0),
      };
    },
  });
}
