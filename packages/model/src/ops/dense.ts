import * as tf from '@tensorflow/tfjs-core';

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
 * Other backends get `add(matMul(x, kernel), bias)` and their own gradients.
 * Shapes are trusted: kernel must be `in x out` and bias `out`.
 * @example const h = tf.relu(dense(x, kernel, bias))
 */
export function dense(x: tf.Tensor2D, kernel: tf.Tensor2D, bias: tf.Tensor1D): tf.Tensor2D {
  if (!tf.getKernel(kernelName, tf.getBackend())) return tf.add(tf.matMul(x, kernel), bias);
  return tf.engine().runKernel(kernelName, { x, kernel, bias }) as tf.Tensor2D;
}

/** Forward: the backend's `_FusedMatMul` on 3-D views ([1, m, k]) of the 2-D operands. */
function denseKernel(backendName: string): tf.KernelFunc {
  return ({ inputs, backend }) => {
    const { x, kernel, bias } = inputs as { x: tf.TensorInfo; kernel: tf.TensorInfo; bias: tf.TensorInfo };
    const [rows, inDims] = x.shape as [number, number];
    const outDims = kernel.shape[1] as number;
    const fused = tf.getKernel('_FusedMatMul', backendName);
    if (!fused) throw new Error(`dense: backend ${backendName} has no _FusedMatMul kernel`);
    const out = fused.kernelFunc({
      inputs: { a: { dataId: x.dataId, shape: [1, rows, inDims], dtype: x.dtype }, b: { dataId: kernel.dataId, shape: [1, inDims, outDims], dtype: kernel.dtype }, bias },
      backend,
      attrs: { transposeA: false, transposeB: false, activation: 'linear', leakyreluAlpha: 0 },
    }) as tf.TensorInfo;
    return { dataId: out.dataId, shape: [rows, outDims], dtype: out.dtype };
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
        x: () => tf.transpose(tf.matMul(kernel, tf.transpose(dy2))),
        kernel: () => tf.matMul(tf.transpose(x), dy2),
        bias: () => tf.sum(dy2, 0),
      };
    },
  });
}
