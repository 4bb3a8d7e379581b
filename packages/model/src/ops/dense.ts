import * as tf from '@tensorflow/tfjs-core';

/** Options of {@link dense}. */
export interface DenseOptions {
  /**
   * Compute ∂loss/∂x (default true). Pass false when x is data (an encoder's first layer):
   * x then stays off the tape and the largest backward matmul of that layer is skipped.
   */
  readonly inputGradient?: boolean;
}

/**
 * The fully-connected layer `x · kernel + bias`, `batch x in` → `batch x out`, with a gradient
 * written as explicit transposes and plain matMuls: dX = dY · kernelᵀ, dKernel = xᵀ · dY,
 * dBias = Σ_rows dY. tfjs' own matMul gradient uses transposeA/transposeB, which the wasm backend
 * runs in a slow scalar loop (~10x slower than its XNNPACK path).
 * Shapes are trusted: kernel must be `in x out` and bias `out`.
 * @example const h = tf.relu(dense(x, kernel, bias))
 */
export function dense(x: tf.Tensor2D, kernel: tf.Tensor2D, bias: tf.Tensor1D, options: DenseOptions = {}): tf.Tensor2D {
  return options.inputGradient === false ? denseNoInputGrad(x)(kernel, bias) : denseWithInputGrad(x, kernel, bias);
}

function forward(x: tf.Tensor2D, kernel: tf.Tensor2D, bias: tf.Tensor1D): tf.Tensor2D {
  return tf.add(tf.matMul(x, kernel), bias);
}

const denseWithInputGrad = tf.customGrad((...args: unknown[]) => {
  const [x, kernel, bias, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
  save([x, kernel]);
  return {
    value: forward(x, kernel, bias),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sx, sk] = saved as [tf.Tensor2D, tf.Tensor2D];
      const dy2 = dy as tf.Tensor2D;
      return [tf.matMul(dy2, tf.transpose(sk)), tf.matMul(tf.transpose(sx), dy2), tf.sum(dy2, 0)];
    },
  };
}) as (x: tf.Tensor2D, kernel: tf.Tensor2D, bias: tf.Tensor1D) => tf.Tensor2D;

function denseNoInputGrad(x: tf.Tensor2D): (kernel: tf.Tensor2D, bias: tf.Tensor1D) => tf.Tensor2D {
  return tf.customGrad((...args: unknown[]) => {
    const [kernel, bias, save] = args as [tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
    // x may be an intermediate of the taped function, which tfjs disposes before backprop unless saved.
    save([x]);
    return {
      value: forward(x, kernel, bias),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => [tf.matMul(tf.transpose(saved[0] as tf.Tensor2D), dy as tf.Tensor2D), tf.sum(dy, 0)],
    };
  }) as (kernel: tf.Tensor2D, bias: tf.Tensor1D) => tf.Tensor2D;
}
