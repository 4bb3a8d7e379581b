import { normalization } from '@emocode/core';
import { z } from 'zod';
import { profileNames } from '../spec/profile-options.js';

/**
 * Run-time choices that override the spec without editing it. Each comes from a flag, else
 * from its environment variable (`EMOCODE_FEATURES`, `EMOCODE_LABELS`, `EMOCODE_GROUP`,
 * `EMOCODE_PROFILE`, `EMOCODE_NORMALIZATION`, `EMOCODE_SEEDS`, `EMOCODE_SHARD`, `EMOCODE_OUT`), else from the spec
 * (profile: `full`).
 */
export const runOverrides = z.strictObject({
  features: z.string().min(1).optional(),
  labels: z.string().min(1).optional(),
  group: z.string().min(1).optional(),
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

/** Flags first, then the environment; empty strings count as unset. */
export function overridesFromEnv(flags: Partial<Record<keyof RunOverrides, string | undefined>>, env: NodeJS.ProcessEnv = process.env): RunOverrides {
  const pick = (flag: string | undefined, name: string): string | undefined => (flag || env[name] || undefined);
  const out: Record<string, string> = {};
  const features = pick(flags.features, 'EMOCODE_FEATURES');
  const labels = pick(flags.labels, 'EMOCODE_LABELS');
  const group = pick(flags.group, 'EMOCODE_GROUP');
  const profile = pick(flags.profile, 'EMOCODE_PROFILE');
  const scaling = pick(flags.normalization, 'EMOCODE_NORMALIZATION');
  const seeds = pick(flags.seeds, 'EMOCODE_SEEDS');
  const shard = pick(flags.shard, 'EMOCODE_SHARD');
  const outDir = pick(flags.out, 'EMOCODE_OUT');
  if (features) out.features = features;
  if (labels) out.labels = labels;
  if (group) out.group = group;
  if (profile) out.profile = profile;
  if (scaling) out.normalization = scaling;
  if (seeds) out.seeds = seeds;
  if (shard) out.shard = shard;
  if (outDir) out.out = outDir;
  return out as RunOverrides;
}
