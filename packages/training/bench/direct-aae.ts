/**
 * The same AAE epoch written straight on `dense` from @emocode/model, for measuring the op while
 * nets/mlp.ts still uses its own matMul + add. Bench-only: delete once mlp.ts uses `dense`.
 */
import { dense } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';

type Net = tf.Variable[];

function net(sizes: readonly number[], seed: number): Net {
  return sizes.slice(1).flatMap((out, l) => {
    const limit = Math.sqrt(6 / (sizes[l]! + out));
    return [tf.variable(tf.randomUniform([sizes[l]!, out], -limit, limit, 'float32', seed + l)), tf.variable(tf.zeros([out]))];
  });
}

function apply(vars: Net, x: tf.Tensor2D, seed: number, inputIsData: boolean): tf.Tensor2D {
  let h = x;
  for (let l = 0; 2 * l < vars.length; l++) {
    h = dense(h, vars[2 * l] as tf.Tensor2D, vars[2 * l + 1] as tf.Tensor1D, { inputGradient: !(l === 0 && inputIsData) });
    if (2 * l + 2 < vars.length) h = tf.dropout(tf.relu(h), 0.5, undefined, seed + l) as tf.Tensor2D;
  }
  return h;
}

/** One training epoch of the three phases over `data` (rows x features), batch `batch`. */
export function directAae(features: number, classes: number) {
  const enc = net([features, 1000, 1000, 2], 1);
  const dec = net([2, 1000, 1000, features], 2);
  const dis = net([2 + classes, 1000, 1000, 1], 3);
  const [rec, disc, gen] = [1e-3, 1e-4, 1e-4].map((lr) => tf.train.adam(lr, 0.9, 0.999, 1e-8));
  const bce = (label: number, logits: tf.Tensor2D) => tf.losses.sigmoidCrossEntropy(tf.fill(logits.shape, label), logits);
  let seed = 0;
  return (x: tf.Tensor2D, oneHot: tf.Tensor2D, prior: tf.Tensor2D): void => {
    seed += 10;
    rec!.minimize(() => tf.losses.meanSquaredError(x, apply(dec, apply(enc, x, seed, true), seed + 1, false)) as tf.Scalar, false, [...enc, ...dec]);
    const fake = tf.tidy(() => apply(enc, x, seed + 2, true));
    disc!.minimize(() => tf.add(bce(1, apply(dis, tf.concat2d([prior, oneHot], 1), seed + 3, true)), bce(0, apply(dis, tf.concat2d([fake, oneHot], 1), seed + 4, true))) as tf.Scalar, false, dis);
    fake.dispose();
    gen!.minimize(() => bce(1, apply(dis, tf.concat2d([apply(enc, x, seed + 5, true), oneHot], 1), seed + 6, false)) as tf.Scalar, false, enc);
  };
}
