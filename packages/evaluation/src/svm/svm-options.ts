import { z } from 'zod';

/**
 * Options of a C-SVC (libsvm semantics). `gamma: 'scale'` is scikit-learn's default,
 * 1 / (dims · var(X)) over every element of the training matrix. `classWeight` multiplies C per
 * class: 'balanced' gives n / (classes · count[c]) like scikit-learn, a record maps a label to
 * its weight (labels absent from it weigh 1).
 */
export const svmOptions = z.strictObject({
  kernel: z.enum(['rbf', 'linear']).default('rbf'),
  C: z.number().positive().finite().default(1),
  gamma: z.union([z.literal('scale'), z.number().positive().finite()]).default('scale'),
  classWeight: z.union([z.literal('balanced'), z.record(z.string().regex(/^-?\d+$/), z.number().positive().finite())]).optional(),
  tolerance: z.number().positive().default(1e-3),
  cacheMb: z.number().positive().default(200),
  maxIterations: z.number().int().positive().optional(),
});
/** What callers pass to trainSvm. */
export type SvmOptions = z.input<typeof svmOptions>;
/** Options with defaults filled in. */
export type ResolvedSvmOptions = z.output<typeof svmOptions>;
