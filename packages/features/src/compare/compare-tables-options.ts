import { z } from 'zod';

/** Options of `compareFeatureTables`. */
export const compareTablesOptions = z.strictObject({
  /** How many of the least-correlated features to list. */
  worst: z.number().int().min(0).default(20),
  /** Floor of the denominator of the relative error |a − b| / max(|b|, floor). */
  relativeFloor: z.number().positive().default(1e-3),
});

/** What callers pass to `compareFeatureTables`. */
export type CompareTablesOptions = z.input<typeof compareTablesOptions>;
/** Options after defaults. */
export type ResolvedCompareTablesOptions = z.output<typeof compareTablesOptions>;
