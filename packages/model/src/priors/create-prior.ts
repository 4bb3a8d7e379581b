import { assert, parseOptions, type Rng } from '@emocode/core';
import { componentMeans } from './component-means.js';
import type { Prior } from './prior.js';
import { priorOptions, type PriorOptions, type ResolvedPriorOptions } from './prior-options.js';

/**
 * Builds a prior: `class-gaussian-mixture` (one isotropic Gaussian per class, optionally
 * semi-supervised) or `standard-normal` (labels ignored).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS
 * @example const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 4 })
 */
export function createPrior(options: PriorOptions): Prior {
  const o = parseOptions(priorOptions, options, 'createPrior');
  const mixture = o.kind === 'class-gaussian-mixture';
  const means = mixture
    ? slotted(componentMeans(o.classes, o.codeSize, o.radius, o.seed, o.layout), o.codeSize, o.order)
    : new Float32Array(o.classes * o.codeSize);
  const sd = mixture ? o.componentSd : 1;
  const allowUnlabelled = mixture ? o.semiSupervised : true;
  const d = o.codeSize;
  const component = (label: number, rng: Rng): number => (label === -1 || !mixture ? rng.int(o.classes) : label);
  return {
    options: o,
    codeSize: d,
    classes: o.classes,
    means,
    sample(labels, rng) {
      checkLabels(labels, o, allowUnlabelled, 'sample');
      const out = new Float32Array(labels.length * d);
      for (let i = 0; i < labels.length; i++) {
        const c = component(labels[i], rng);
        for (let j = 0; j < d; j++) out[i * d + j] = means[c * d + j] + sd * rng.normal();
      }
      return out;
    },
    logDensity(codes, labels) {
      assert(
        codes.length % d === 0,
        () => `prior.logDensity: codes must have ${d} columns, got ${codes.length} values.`,
        'EMOCODE_SHAPE_MISMATCH',
      );
      const rows = codes.length / d;
      if (labels) {
        assert(
          labels.length === rows,
          () => `prior.logDensity: labels must have ${rows} entries, got ${labels.length}.`,
          'EMOCODE_SHAPE_MISMATCH',
        );
        checkLabels(labels, o, true, 'logDensity');
      }
      const out = new Float32Array(rows);
      for (let i = 0; i < rows; i++) {
        const label = labels && mixture ? labels[i] : -1;
        out[i] = label >= 0 ? logGauss(codes, i, means, label, d, sd) : logMixture(codes, i, means, o.classes, d, sd);
      }
      return out;
    },
  };
}

/** Row c of the result is row `order[c]` of `means` (unchanged without an order). */
function slotted(means: Float32Array, d: number, order: number[] | undefined): Float32Array {
  if (!order) return means;
  const out = new Float32Array(means.length);
  order.forEach((slot, c) => out.set(means.subarray(slot * d, (slot + 1) * d), c * d));
  return out;
}

function checkLabels(labels: Int32Array, o: ResolvedPriorOptions, allowUnlabelled: boolean, where: string): void {
  const min = allowUnlabelled ? -1 : 0;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l < min || l >= o.classes) {
      assert(
        false,
        () =>
          `prior.${where}: labels must be in ${min}..${o.classes - 1}, got ${l} at index ${i}.${l === -1 ? ' Use semiSupervised: true for unlabelled rows.' : ''}`,
      );
    }
  }
}

function logGauss(codes: Float32Array, row: number, means: Float32Array, c: number, d: number, sd: number): number {
  let sq = 0;
  for (let j = 0; j < d; j++) sq += (codes[row * d + j] - means[c * d + j]) ** 2;
  return (-0.5 * sq) / (sd * sd) - d * Math.log(sd) - 0.5 * d * Math.log(2 * Math.PI);
}

function logMixture(codes: Float32Array, row: number, means: Float32Array, k: number, d: number, sd: number): number {
  const logs = Array.from({ length: k }, (_, c) => logGauss(codes, row, means, c, d, sd));
  const top = Math.max(...logs);
  return top + Math.log(logs.reduce((s, l) => s + Math.exp(l - top), 0) / k);
}
