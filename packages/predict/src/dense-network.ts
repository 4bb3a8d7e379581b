import type { ModelBundleManifest } from './bundle-format.js';
import { weight, type NamedWeight } from './decode-weights.js';

/** The nonlinearity between dense layers (@emocode/model's names). */
export type Activation = ModelBundleManifest['encoder']['activation'];

// The nonlinearities of @emocode/model's MLPs (nets/activation.ts), on plain numbers.
const activations: Record<Activation, (x: number) => number> = {
  relu: (x) => (x > 0 ? x : 0),
  leakyRelu: (x) => (x > 0 ? x : 0.2 * x),
  elu: (x) => (x > 0 ? x : Math.expm1(x)),
  tanh: Math.tanh,
  selu: (x) => 1.0507009873554805 * (x > 0 ? x : 1.6732632423543772 * Math.expm1(x)),
};

/** One dense layer: `out = activation(x · kernel + bias)` (no activation after the last). */
export interface DenseLayer {
  readonly inputs: number;
  readonly out: number;
  /** `inputs x out`, row-major. */
  readonly kernel: Float32Array;
  readonly bias: Float32Array;
}

/** A forward-only MLP: dense layers with an activation between them and a linear output. */
export interface DenseNetwork {
  readonly inputs: number;
  readonly outputs: number;
  /** The layers and the activation between them, for running the same network elsewhere (e.g. on tfjs). */
  readonly layers: readonly DenseLayer[];
  readonly activation: Activation;
  /** `rows x inputs` → `rows x outputs`, row-major. */
  apply(x: Float32Array, rows: number): Float32Array;
}

/**
 * The network saved as `<group>/0, <group>/1, …` (kernel `[in, out]`, bias `[out]` per layer,
 * as @emocode/model's `createMlp` names them), run in plain JavaScript with float64 sums.
 * @throws EmocodeError EMOCODE_PARSE_ERROR when a layer is missing or misshaped.
 */
export function denseNetwork(
  weights: ReadonlyMap<string, NamedWeight>,
  group: string,
  sizes: readonly number[],
  activation: Activation,
): DenseNetwork {
  const layers = sizes.slice(1).map((out, l): DenseLayer => {
    const inputs = sizes[l] as number;
    return {
      inputs,
      out,
      kernel: weight(weights, `${group}/${2 * l}`, [inputs, out]),
      bias: weight(weights, `${group}/${2 * l + 1}`, [out]),
    };
  });
  const f = activations[activation];
  return {
    inputs: sizes[0] as number,
    outputs: sizes.at(-1) as number,
    layers,
    activation,
    apply(x, rows) {
      let h = x;
      layers.forEach((layer, l) => {
        const next = new Float32Array(rows * layer.out);
        const sums = new Float64Array(layer.out);
        const last = l === layers.length - 1;
        for (let r = 0; r < rows; r++) {
          sums.set(layer.bias);
          for (let i = 0; i < layer.inputs; i++) {
            const v = h[r * layer.inputs + i];
            if (v === 0) continue;
            const row = i * layer.out;
            for (let o = 0; o < layer.out; o++) sums[o] += v * layer.kernel[row + o];
          }
          for (let o = 0; o < layer.out; o++) next[r * layer.out + o] = last ? sums[o] : f(sums[o]);
        }
        h = next;
      });
      return h;
    },
  };
}
