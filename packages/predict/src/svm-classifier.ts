import { predictSvm, svmDecisionValues, type SvmModel } from '@emocode/evaluation';
import type { SvmJson } from './bundle-format.js';
import { weight, type NamedWeight } from './decode-weights.js';
import { couplePairwise, plattProbability } from './platt.js';

/** Name of the support vectors in the weights file. */
export const SUPPORT_VECTORS = 'svm/supportVectors';
// libsvm's clip of pairwise probabilities, so coupling never divides by zero.
const minProbability = 1e-7;

/** Class indices and probabilities (rows x classes, row-major) of some rows. */
export interface ClassScores {
  readonly labels: Int32Array;
  readonly probabilities: Float64Array;
}

/** The SVM of a bundle as @emocode/evaluation's model (support vectors from the weights file). */
export function svmFromJson(svm: SvmJson, weights: ReadonlyMap<string, NamedWeight>): SvmModel {
  return {
    specVersion: 1,
    kernel: svm.kernel,
    gamma: svm.gamma,
    dims: svm.dims,
    classes: Int32Array.from(svm.classes),
    supportVectors: weight(weights, SUPPORT_VECTORS, [svm.svCount, svm.dims]),
    svCount: svm.svCount,
    pairs: svm.pairs.map((p) => ({
      first: p.first,
      second: p.second,
      sv: Int32Array.from(p.sv),
      coef: Float64Array.from(p.coef),
      rho: p.rho,
    })),
  };
}

/**
 * Labels by one-vs-one voting (`predictSvm`, as the experiments predict) and probabilities by
 * Platt-scaled pairwise probabilities coupled into one distribution per row (libsvm's `-b 1`).
 * A row's label is the vote, so in rare near-ties it can differ from the most probable class.
 */
export function svmScores(model: SvmModel, platt: SvmJson['platt'], classes: number, x: Float32Array): ClassScores {
  const labels = predictSvm(model, x);
  const decision = svmDecisionValues(model, x);
  const rows = labels.length;
  const pairs = model.pairs.length;
  const probabilities = new Float64Array(rows * classes);
  const r = new Float64Array(classes * classes);
  for (let row = 0; row < rows; row++) {
    model.pairs.forEach((p, k) => {
      const first = model.classes[p.first];
      const second = model.classes[p.second];
      const q = Math.min(Math.max(plattProbability(platt[k], decision[row * pairs + k]), minProbability), 1 - minProbability);
      r[first * classes + second] = q;
      r[second * classes + first] = 1 - q;
    });
    probabilities.set(couplePairwise(r, classes), row * classes);
  }
  return { labels, probabilities };
}
