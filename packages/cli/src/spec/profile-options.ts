import { normalization } from '@emocode/core';
import { z } from 'zod';

/**
 * What a profile changes in a spec, applied before hashing: `folds` keeps the first n folds,
 * `epochs` caps every network's epochs, `seeds` replaces the seed list, `codeSizes` keeps only
 * those sizes (a system left with none is dropped), `perClass` keeps only those amounts,
 * `systems` keeps only the systems with those labels (the baseline's always stays),
 * `normalization` replaces the spec's.
 */
export const profileOptions = z.strictObject({
  folds: z.number().int().min(1).optional(),
  epochs: z.number().int().min(1).optional(),
  seeds: z.array(z.number().int()).min(1).optional(),
  codeSizes: z.array(z.number().int().min(1)).min(1).optional(),
  perClass: z.array(z.number().int().min(1)).min(1).optional(),
  systems: z.array(z.string().min(1)).min(1).optional(),
  normalization: normalization.optional(),
});
export type ProfileOptions = z.input<typeof profileOptions>;
export type ResolvedProfileOptions = z.output<typeof profileOptions>;
/** quick: CI's smoke run; reduced: a named subset that finishes in minutes; full: the spec as written. */
export const profileNames = ['quick', 'reduced', 'full'] as const;
export type ProfileName = (typeof profileNames)[number];
