import { foldScheme, normalization } from '@emocode/core';
import { featureSetId } from '@emocode/features';
import { z } from 'zod';
import { classifierSpec } from './classifier-options.js';
import { profileOptions } from './profile-options.js';
import { systemSpec, type ResolvedSystemSpec } from './system-options.js';
import { systemRows } from './system-rows.js';

/** One fold per ordered pair of `data.corpora`: train on the first corpus, test on the second. */
const crossCorpus = z.strictObject({ kind: z.literal('cross-corpus') });

/**
 * Where the feature table comes from. Paths are relative to the experiment's folder; absent
 * `features` means the reference openSMILE CSV of `featureSet` (default IS10) for RAVDESS, else the
 * corpus's features extracted by emocode (cached under data/features/); absent `labels` means labels
 * derived from `corpus`. Flags and EMOCODE_* variables override these at run time.
 */
const dataSpec = z.strictObject({
  features: z.string().min(1).optional(),
  /** 'is10' (1582 features, default) or 'egemaps' (eGeMAPS v02, 88); a given `features` file must hold this set. */
  featureSet: featureSetId.optional(),
  labels: z.string().min(1).optional(),
  corpus: z.string().min(1).default('ravdess'),
  /** Cross-corpus experiments (`folds: { kind: 'cross-corpus' }`): the corpora, each with its own features and labels. */
  corpora: z.array(z.string().min(1)).min(2).optional(),
  /** Extract with emocode even where a reference table exists (RAVDESS), so corpora side by side share one extractor. */
  extract: z.boolean().optional(),
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
    /** Speaker-independent folds of one corpus, or `cross-corpus`: train on each of `data.corpora`, test on each other one. */
    folds: z.discriminatedUnion('kind', [...foldScheme.options, crossCorpus]),
    /** Seeds the fold assignment (group k-fold shuffles the groups). */
    foldSeed: z.number().int().default(0),
    normalization: normalization.default('global'),
    seeds: z.array(z.number().int()).min(1).default([0]),
    classifier: classifierSpec.prefault({}),
    systems: z.array(systemSpec).min(1),
    /** Row every other row is compared with (paired tests over folds), e.g. `raw` or `real-only`. */
    baseline: z.string().min(1),
    profiles: z
      .strictObject({ quick: profileOptions.prefault({}), reduced: profileOptions.prefault({}), full: profileOptions.prefault({}) })
      .prefault({}),
  })
  .superRefine((spec, ctx) => {
    if ((spec.folds.kind === 'cross-corpus') !== (spec.data.corpora !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['data', 'corpora'],
        message: "cross-corpus folds and data.corpora go together: set both (folds: { kind: 'cross-corpus' }) or neither",
      });
    }
    if (spec.data.corpora && (spec.data.features || spec.data.labels)) {
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: "data.corpora takes each corpus's own features and labels; remove data.features and data.labels",
      });
    }
    spec.systems.forEach((s, i) => {
      if (s.method !== 'lda') return;
      const max = spec.classes.length - 1;
      const bad = s.codeSizes.filter((d) => d > max);
      if (bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['systems', i, 'codeSizes'],
          message: `LDA gives at most classes − 1 = ${max} dimensions; remove ${bad.join(', ')}`,
        });
      }
    });
    const labels = spec.systems.map(systemLabel);
    const dup = labels.find((l, i) => labels.indexOf(l) !== i);
    if (dup)
      ctx.addIssue({
        code: 'custom',
        path: ['systems'],
        message: `labels must be unique, "${dup}" appears twice; set label on one of them`,
      });
    for (const [name, profile] of Object.entries(spec.profiles)) {
      const unknown = (profile.systems ?? []).filter((l) => !labels.includes(l));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['profiles', name, 'systems'],
          message: `must name systems of the spec (${labels.join(', ')}), got ${unknown.map((l) => `"${l}"`).join(', ')}`,
        });
      }
    }
    const rows = spec.systems.flatMap((s) => systemRows(s).map((r) => r.name));
    if (!rows.includes(spec.baseline)) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseline'],
        message: `must name one of the table rows (${rows.slice(0, 6).join(', ')}${rows.length > 6 ? ', …' : ''}), got "${spec.baseline}"`,
      });
    }
  });
export type ExperimentSpec = z.input<typeof experimentSpec>;
export type ResolvedExperimentSpec = z.output<typeof experimentSpec>;

/** The label of a system's rows: its own `label`, else the method name. */
export function systemLabel(system: Pick<ResolvedSystemSpec, 'method' | 'label'>): string {
  return system.label ?? system.method;
}
