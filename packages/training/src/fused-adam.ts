import { adamUpdate, hasFusedAdam } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';

type NamedTensor = { name: string; tensor: tf.Tensor };

/** Adam's moment settings (the loop's `adam` options). */
export interface AdamMoments {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

/**
 * Adam whose step is one fused kernel per variable (`adamUpdate` in @emocode/model: one SIMD pass
 * on wasm) instead of tfjs' dozen element-wise kernels, a fifth of an AAE epoch on wasm. Same
 * update and same saved state as `tf.train.adam` (step count, then every first moment, then every
 * second moment, in the order the variables were first updated), so checkpoints load into either.
 */
export class FusedAdam extends tf.Optimizer {
  static get className(): string {
    return 'EmocodeFusedAdam';
  }

  private firstMoments: { name: string; variable: tf.Variable }[] = [];
  private secondMoments: { name: string; variable: tf.Variable }[] = [];

  constructor(
    private readonly learningRate: number,
    private readonly moments: AdamMoments,
  ) {
    super();
  }

  override applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void {
    const names = Array.isArray(variableGradients) ? variableGradients.map((g) => g.name) : Object.keys(variableGradients);
    const step = { learningRate: this.learningRate, ...this.moments, step: this.iterations + 1 };
    names.forEach((name, i) => {
      const value = tf.engine().registeredVariables[name] as tf.Variable;
      this.firstMoments[i] ??= { name: `${name}/m`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
      this.secondMoments[i] ??= { name: `${name}/v`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
      const gradient = Array.isArray(variableGradients) ? variableGradients[i]?.tensor : variableGradients[name];
      if (!gradient) return;
      const first = this.firstMoments[i].variable;
      const second = this.secondMoments[i].variable;
      const updated = adamUpdate(value, gradient, first, second, step);
      value.assign(updated[0]);
      first.assign(updated[1]);
      second.assign(updated[2]);
      tf.dispose(updated);
    });
    this.incrementIterations();
  }

  override dispose(): void {
    tf.dispose([...this.firstMoments, ...this.secondMoments].map((m) => m.variable));
  }

  override async getWeights(): Promise<NamedTensor[]> {
    const moments = [...this.firstMoments, ...this.secondMoments].map((m) => ({ name: m.name, tensor: m.variable }));
    return [await this.saveIterations(), ...moments];
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const moments = await this.extractIterations(weightValues);
    const count = moments.length / 2;
    const restore = (w: NamedTensor) => ({ name: w.name, variable: w.tensor.variable(false) });
    this.dispose();
    this.firstMoments = moments.slice(0, count).map(restore);
    this.secondMoments = moments.slice(count).map(restore);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { learningRate: this.learningRate, beta1: this.moments.beta1, beta2: this.moments.beta2, epsilon: this.moments.epsilon };
  }
}

/** {@link FusedAdam} where the backend has the fused kernel (wasm, cpu), else `tf.train.adam`. */
export function createAdam(learningRate: number, moments: AdamMoments): tf.Optimizer {
  return hasFusedAdam() ? new FusedAdam(learningRate, moments) : tf.train.adam(learningRate, moments.beta1, moments.beta2, moments.epsilon);
}
