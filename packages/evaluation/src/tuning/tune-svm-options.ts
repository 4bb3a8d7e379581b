import { normalization } from '@emocode/core';
import { z } from 'zod';
import { svmOptions } from '../svm/svm-options.js';

/** The (C, gamma) grid searched by tuneSvm; every C is tried with every gamma. */
export const svmGrid = z.strictObject({
  C: z.array(z.number().positive().finite()).min(1),
  gamma: z.array(z.union([z.literal('scale'), z.number().positive().finite()])).min(1),
});
export type SvmGrid = z.input<typeof svmGrid>;

/**
 * Extra settings of tuneSvm: `base` holds the options not searched (kernel, class weights, …);
 * `normalization` is refitted on each inner training fold so the inner test rows never leak.
 */
export const tuneSvmOptions = z.strictObject({
  base: svmOptions.default(svmOptions.parse({})),
  normalization: normalization.default('global'),
});
export type TuneSvmOptions = z.input<typeof tuneSvmOptions>;
