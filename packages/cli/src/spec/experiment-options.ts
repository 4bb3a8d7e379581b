import { foldScheme, normalization } from '@emocode/core';
import { svmOptions } from '@emocode/evaluation';
import { z } from 'zod';
import { profileOptions } from './profile-options.js';
import { systemSpec, type ResolvedSystemSpec } from './system-options.js';
import { systemRows } from './system-rows.js';

/**
 * Where the feature table comes from. Paths are relative to the experiment's folder; absent
 * `features` means the reference openSMILE IS10 CSV of the shared data, absent `labels` means
 * labels derived from `corpus`. Flags and EMOCODE_* variables override these at run time.
 */
const dataSpec = z.strictObject({
  features: z.string().min(1).optional(),
  labels: z.string().min(1).optional(),
  corpus: z.string().min(1).default('ravdess'),
  /** Labels column whose values are the fold groups (speakers). */
  group: z.string().min(1).default('speaker'),
});

/**
 * A declarative experiment: which rows (classes), how they are split (folds), normalised and
 * classified, and which systems fill the table. No loops, no I/O: the runner expands it.
 */
export const experimentSpec = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)'),
    title: z.string().min(1).optional(),
    data: dataSpec.prefault({}),
    classes: z.array(z.string().min(1)).min(2),
    folds: foldScheme,
    /** Seeds the fold assignment (group k-fold shuffles the groups). */
    foldSeed: z.number().int().default(0),
    normalization: normalization.default('global'),
    seeds: z.array(z.number().int()).min(1).default([0]),
    classifier: svmOptions.prefault({}),
    systems: z.array(systemSpec).min(1),
    /** Row every other row is compared with (paired tests over folds), e.g. `raw` or `real-only`. */
    baseline: z.string().min(1),
    profiles: z
      .strictObject({ quick: profileOptions.prefault({}), reduced: profileOptions.prefault({}), full: profileOptions.prefault({}) })
      .prefault({}),
  })
  .superRefine((spec, ctx) => {
    spec.systems.forEach((s, i) => {
      if (s.method !== 'lda') return;
      const max = spec.classes.length - 1;
      const bad = s.codeSizes.filter((d) => d > max);
      if (bad.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['systems', i, 'codeSizes'], message: `LDA gives at most classes − 1 = ${max} dimensions; remove ${bad.join(', ')}` });
      }
    });
    const labels = spec.systems.map(systemLabel);
    const dup = labels.find((l, i) => labels.indexOf(l) !== i);
    if (dup) ctx.addIssue({ code: 'custom', path: ['systems'], message: `labels must be unique, "${dup}" appears twice; set label on one of them` });
    for (const [name, profile] of Object.entries(spec.profiles)) {
      const unknown = (profile.systems ?? []).filter((l) => !labels.includes(l));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['profiles', name, 'systems'], message: `must name systems of the spec (${labels.join(', ')}), got ${unknown.map((l) => `"${l}"`).join(', ')}` });
      }
    }
    const rows = spec.systems.flatMap((s) => systemRows(s).map((r) => r.name));
    if (!rows.includes(spec.baseline)) {
      ctx.addIssue({ code: 'custom', path: ['baseline'], message: `must name one of the table rows (${rows.slice(0, 6).join(', ')}${rows.length > 6 ? ', …' : ''}), got "${spec.baseline}"` });
    }
  });
export type ExperimentSpec = z.input<typeof experimentSpec>;
export type ResolvedExperimentSpec = z.output<typeof experimentSpec>;

/** The label of a system's rows: its own `label`, else the method name. */
export function systemLabel(system: Pick<ResolvedSystemSpec, 'method' | 'label'>): string {
  return system.label ?? system.method;
}
