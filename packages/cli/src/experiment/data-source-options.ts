import { foldScheme, normalization } from '@emocode/core';
import { featureSetId } from '@emocode/features';
import { z } from 'zod';
import { profileNames } from '../spec/profile-options.js';

/**
 * Run-time choices that override the spec without editing it. Each comes from a flag, else
 * from its environment variable (`EMOCODE_FEATURES`, `EMOCODE_FEATURE_SET`, `EMOCODE_LABELS`, `EMOCODE_GROUP`, `EMOCODE_CORPUS`,
 * `EMOCODE_FOLDS`, `EMOCODE_CLASSIFIER`, `EMOCODE_PROFILE`, `EMOCODE_NORMALIZATION`, `EMOCODE_SEEDS`, `EMOCODE_SHARD`,
 * `EMOCODE_OUT`), else from the spec (profile: `full`).
 */
export const runOverrides = z.strictObject({
  features: z.string().min(1).optional(),
  featureSet: featureSetId.optional(),
  labels: z.string().min(1).optional(),
  group: z.string().min(1).optional(),
  /** Runs the spec on another corpus (its features extracted by emocode unless it is RAVDESS). */
  corpus: z.string().min(1).optional(),
  /** `loso`: leave one fold group out; `<k>`: group k-fold (the spec's fold seed shuffles the groups). */
  folds: z
    .string()
    .regex(/^(loso|\d+)$/, 'must be loso or a whole number of folds k ≥ 2, e.g. 5')
    .transform((v) => (v === 'loso' ? { kind: 'leave-one-group-out' as const } : { kind: 'group-k-fold' as const, k: Number(v) }))
    .pipe(foldScheme)
    .optional(),
  /** `fixed`: the spec's C and gamma; `tuned`: C and gamma chosen by inner folds (the spec's grid, else the default). */
  classifier: z.enum(['fixed', 'tuned']).optional(),
  profile: z.enum(profileNames).default('full'),
  normalization: normalization.optional(),
  /** Comma-separated seeds, e.g. `0` for one seed of a three-seed spec; finished units are shared. */
  seeds: z
    .string()
    .regex(/^\s*-?\d+(\s*,\s*-?\d+)*\s*$/, 'must be whole numbers separated by commas, e.g. 0,1,2')
    .transform((v) => [...new Set(v.split(',').map(Number))])
    .optional(),
  /** Folder for the results and the run store instead of the experiment's `results/`. */
  out: z.string().min(1).optional(),
  /**
   * `i/n`: compute only shard i (0-based) of n shares of the units (see shardUnits), so n processes
   * started with 0/n … n−1/n share one run store; the one that finds every unit done writes the results.
   */
  shard: z
    .string()
    .regex(/^\d+\/[1-9]\d*$/, 'must be i/n with 0 ≤ i < n, e.g. 0/2')
    .transform((v) => ({ index: Number(v.split('/')[0]), count: Number(v.split('/')[1]) }))
    .refine((s) => s.index < s.count, 'must be i/n with 0 ≤ i < n, e.g. 1/2')
    .optional(),
});
export type RunOverrides = z.input<typeof runOverrides>;
export type ResolvedRunOverrides = z.output<typeof runOverrides>;

/** The environment variable behind each flag. */
const variables: Record<keyof RunOverrides, string> = {
  features: 'EMOCODE_FEATURES',
  featureSet: 'EMOCODE_FEATURE_SET',
  labels: 'EMOCODE_LABELS',
  group: 'EMOCODE_GROUP',
  corpus: 'EMOCODE_CORPUS',
  folds: 'EMOCODE_FOLDS',
  classifier: 'EMOCODE_CLASSIFIER',
  profile: 'EMOCODE_PROFILE',
  normalization: 'EMOCODE_NORMALIZATION',
  seeds: 'EMOCODE_SEEDS',
  shard: 'EMOCODE_SHARD',
  out: 'EMOCODE_OUT',
};

/** Flags first, then the environment; empty strings count as unset. */
export function overridesFromEnv(
  flags: Partial<Record<keyof RunOverrides, string | undefined>>,
  env: NodeJS.ProcessEnv = process.env,
): RunOverrides {
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(variables) as [keyof RunOverrides, string][]) {
    const value = flags[key] || env[name];
    if (value) out[key] = value;
  }
  return out as RunOverrides;
}
