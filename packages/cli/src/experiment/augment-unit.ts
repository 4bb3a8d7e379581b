import { predictSvm, resolveGamma, trainSvm } from '@emocode/evaluation';
import { synthesize } from '@emocode/synthesis';
import { trainAae, type TrainHooks } from '@emocode/training';
import type { ResolvedClassifierSpec } from '../spec/classifier-options.js';
import type { ResolvedSystemSpec } from '../spec/system-options.js';
import { systemRows } from '../spec/system-rows.js';
import { chooseSvm } from './choose-svm.js';
import type { FoldData, UsedSvm } from './fold-data.js';

type Augment = Extract<ResolvedSystemSpec, { method: 'augment' }>;

/**
 * Trains one AAE on the fold's training rows, decodes `perClass` synthetic rows per class
 * (in the normalised feature space) and predicts the test rows with an SVM trained on
 * synthetic rows only and on real + synthetic rows, for every amount and use of the system.
 * The SVM's options (tuned, when the spec says so) and its RBF gamma are chosen once on the real
 * training rows and reused: with gamma 'scale' fitted on compact decoded rows, every real test
 * row falls into one class (aae-study, finding 4).
 */
export async function augmentFold(
  system: Augment,
  f: FoldData,
  classifier: ResolvedClassifierSpec,
  hooks?: TrainHooks,
): Promise<{ rows: { name: string; pred: Int32Array }[]; svm: UsedSvm }> {
  const n = f.trainLabels.length;
  const chosen = chooseSvm(f.train, f.dims, f, classifier);
  const svm = { ...chosen, gamma: resolveGamma(chosen.gamma, f.train, f.dims) };
  const model = await trainAae(
    f.train,
    f.dims,
    f.trainLabels,
    { ...system.training, model: { ...system.training.model, codeSize: system.codeSize }, classes: f.classes.length, seed: f.seed },
    hooks,
  );
  try {
    const codes = system.sampling.from === 'codes' ? new Float32Array(model.encode(f.train, n)) : undefined;
    const out: { name: string; pred: Int32Array }[] = [];
    for (const row of systemRows(system)) {
      const perClass = row.perClass as number;
      const amounts =
        row.use === 'real+synthetic' && system.balance
          ? balancingAmounts(f.trainLabels, f.classes.length, perClass)
          : f.classes.map(() => perClass);
      const sampling = system.sampling;
      const around =
        codes && sampling.from === 'codes'
          ? {
              aroundCodes: {
                codes,
                labels: new Int32Array(f.trainLabels),
                spread: sampling.spread,
                ...(sampling.residual ? { features: f.train } : {}),
              },
            }
          : {};
      const synthetic = synthesize(model, model.prior, { perClass: amounts, classes: [...f.classes], seed: f.seed, ...around });
      const labels = Int32Array.from(amounts.flatMap((count, c) => Array<number>(count).fill(c)));
      const [x, y] =
        row.use === 'synthetic-only' ? [synthetic.data, labels] : [concat(f.train, synthetic.data), concatInt(f.trainLabels, labels)];
      out.push({ name: row.name, pred: predictSvm(trainSvm(x, f.dims, y, svm), f.test) });
    }
    return { rows: out, svm: { C: svm.C, gamma: svm.gamma } };
  } finally {
    model.dispose();
  }
}

/** Synthetic rows per class that bring every class to the largest class's count, plus `extra`. */
export function balancingAmounts(labels: ArrayLike<number>, classes: number, extra: number): number[] {
  const counts = Array<number>(classes).fill(0);
  for (let i = 0; i < labels.length; i++) counts[labels[i]!]! += 1;
  const most = Math.max(...counts);
  return counts.map((n) => most - n + extra);
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function concatInt(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
