import type { Rng } from '@emocode/core';
import type { ResolvedPriorOptions } from './prior-options.js';

/**
 * A distribution over codes (`codeSize` dims) that the adversarial autoencoder matches.
 * All matrices are row-major Float32Arrays.
 */
export interface Prior {
  readonly options: ResolvedPriorOptions;
  readonly codeSize: number;
  readonly classes: number;
  /** Component means, `classes x codeSize` (zeros for the standard normal). */
  readonly means: Float32Array;
  /**
   * One code per label, `labels.length x codeSize`. Label −1 (semi-supervised prior only)
   * samples from the whole mixture.
   * @throws EmocodeError EMOCODE_INVALID_INPUT for labels out of range.
   */
  sample(labels: Int32Array, rng: Rng): Float32Array;
  /**
   * Log density of each code (natural log, per row). With `labels`, of the row's component
   * (−1: the mixture); without, of the equal-weight mixture.
   */
  logDensity(codes: Float32Array, labels?: Int32Array): Float32Array;
}
