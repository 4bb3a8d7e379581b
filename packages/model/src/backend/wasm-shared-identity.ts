import type * as tfCore from '@tensorflow/tfjs-core';

/**
 * Replaces tfjs-backend-wasm's `Identity`, which copies its input, by one that shares the input's
 * buffer (ref-counted, as the wasm `Reshape` kernel already does; no wasm kernel writes into its
 * inputs). tfjs' engine clones every tensor a gradient saves, so under the copying kernel each
 * taped dense layer copied its weight matrix: a thirtieth of an AAE epoch. Strings keep the copy.
 */
export function shareWasmIdentity(tf: typeof tfCore): void {
  const copying = tf.getKernel('Identity', 'wasm');
  if (!copying || copying.kernelFunc.name === 'sharedIdentity') return;
  tf.unregisterKernel('Identity', 'wasm');
  tf.registerKernel({
    kernelName: 'Identity',
    backendName: 'wasm',
    kernelFunc: function sharedIdentity(args) {
      const x = args.inputs['x']!;
      if (x.dtype === 'string') return copying.kernelFunc(args);
      (args.backend as tfCore.KernelBackend & { incRef(dataId: tfCore.DataId): void }).incRef(x.dataId);
      return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
    },
  });
}
