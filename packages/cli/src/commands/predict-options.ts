import { z } from 'zod';

/** `emocode predict` option values (strings from argv, coerced). */
export const predictCommandOptions = z.strictObject({
  bundle: z.string().min(1),
  inputs: z.array(z.string().min(1)).min(1),
  format: z.enum(['table', 'csv', 'json']).default('table'),
  speaker: z.string().min(1).optional(),
  jobs: z.coerce.number().int().min(1).max(256).optional(),
  cacheDir: z.string().min(1).optional(),
});
export type ResolvedPredictCommandOptions = z.output<typeof predictCommandOptions>;
