import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { adamKernel } from './wasm/adam-module.js';
import { heapKernel, heapPointer } from './wasm/heap-kernel.js';

const kernelName = 'EmocodeAdamUpdate';

/** Hyper-parameters of one Adam step; `step` counts from 1 (it sets the bias correction). */
export interface AdamStep {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly step: number;
}

/** The step's constants, bias corrections folded in: one division and one square root per element. */
function constants(s: AdamStep) {
  return {
    beta1: s.beta1,
    keep1: 1 - s.beta1,
    beta2: s.beta2,
    keep2: 1 - s.beta2,
    stepSize: s.learningRate / (1 - s.beta1 ** s.step),
    secondScale: 1 / Math.sqrt(1 - s.beta2 ** s.step),
    epsilon: s.epsilon,
  };
}
type Constants = ReturnType<typeof constants>;

type Arrays = [
  x: Float32Array,
  g: Float32Array,
  m: Float32Array,
  v: Float32Array,
  xOut: Float32Array,
  mOut: Float32Array,
  vOut: Float32Array,
];

/** The update for elements `from..` in plain JavaScript (the cpu backend, and the wasm tail). */
function adamRange([x, g, m, v, xOut, mOut, vOut]: Arrays, from: number, c: Constants): void {
  for (let i = from; i < x.length; i++) {
    const gi = g[i]!;
    const mi = c.beta1 * m[i]! + c.keep1 * gi;
    const vi = c.beta2 * v[i]! + c.keep2 * gi * gi;
    mOut[i] = mi;
    vOut[i] = vi;
    xOut[i] = x[i]! - (c.stepSize * mi) / (Math.sqrt(vi) * c.secondScale + c.epsilon);
  }
}

interface Inputs {
  readonly variable: tf.TensorInfo;
  readonly gradient: tf.TensorInfo;
  readonly firstMoment: tf.TensorInfo;
  readonly secondMoment: tf.TensorInfo;
}
const ordered = (i: Inputs) => [i.variable, i.gradient, i.firstMoment, i.secondMoment];

const cpuKernel: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const cpu = backend as tf.KernelBackend & { makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): tf.TensorInfo };
  const inputArrays = ordered(inputs as unknown as Inputs).map((info) => cpu.readSync(info.dataId) as Float32Array);
  const outputs = [0, 1, 2].map(() => new Float32Array(inputArrays[0]!.length));
  adamRange([...inputArrays, ...outputs] as Arrays, 0, constants(attrs as unknown as AdamStep));
  return outputs.map((values) => cpu.makeTensorInfo((inputs as unknown as Inputs).variable.shape, 'float32', values));
};

const wasmKernel: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const wasm = backend as unknown as BackendWasm;
  const infos = ordered(inputs as unknown as Inputs);
  const outputs = [0, 1, 2].map(() => wasm.makeOutput(infos[0]!.shape, 'float32'));
  const all = [...infos, ...outputs];
  const c = constants(attrs as unknown as AdamStep);
  const size = tf.util.sizeFromShape(infos[0]!.shape);
  const bulk = size - (size % 4);
  heapKernel(wasm, adamKernel)(
    ...all.map((info) => heapPointer(wasm, info)),
    bulk * 4,
    c.beta1,
    c.keep1,
    c.beta2,
    c.keep2,
    c.stepSize,
    c.secondScale,
    c.epsilon,
  );
  if (bulk < size) adamRange(all.map((info) => wasm.typedArrayFromHeap(info) as Float32Array) as Arrays, bulk, c);
  return outputs;
};

for (const [backendName, kernelFunc] of [
  ['wasm', wasmKernel],
  ['cpu', cpuKernel],
] as const) {
  if (!tf.getKernel(kernelName, backendName)) tf.registerKernel({ kernelName, backendName, kernelFunc });
}

/** True when the active backend runs {@link adamUpdate} as one fused kernel (wasm, cpu). */
export function hasFusedAdam(): boolean {
  return tf.getKernel(kernelName, tf.getBackend()) !== undefined;
}

/**
 * One Adam step, `x − lr · m̂ / (√v̂ + ε)` with bias-corrected moments (tfjs' and PyTorch's form),
 * in one pass over memory (4-lane SIMD on wasm). Not differentiable; only where
 * {@link hasFusedAdam} is true.
 * @returns [new variable value, new first moment, new second moment], each shaped like `variable`.
 */
export function adamUpdate(
  variable: tf.Tensor,
  gradient: tf.Tensor,
  firstMoment: tf.Tensor,
  secondMoment: tf.Tensor,
  step: AdamStep,
): [tf.Tensor, tf.Tensor, tf.Tensor] {
  return tf
    .engine()
    .runKernel(kernelName, { variable, gradient, firstMoment, secondMoment }, { ...step } as unknown as tf.NamedAttrMap) as unknown as [
    tf.Tensor,
    tf.Tensor,
    tf.Tensor,
  ];
}
