import { z } from 'zod';

/** Options of `fitLda`. */
export const ldaOptions = z.strictObject({
  /**
   * Weight λ of the identity target in the within-class covariance,
   * `(1 − λ)·Sw + λ·(tr Sw / dims)·I`. `'auto'` uses the Ledoit–Wolf estimate (as
   * scikit-learn's `shrinkage='auto'`, here on the pooled within-class residuals). With
   * fewer rows than dims Sw is singular, so λ must be > 0.
   */
  shrinkage: z.union([z.literal('auto'), z.number().min(0).max(1)]).default('auto'),
});
export type LdaOptions = z.input<typeof ldaOptions>;
export type ResolvedLdaOptions = z.output<typeof ldaOptions>;
