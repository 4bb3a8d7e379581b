import { z } from 'zod';

const split = z.enum(['train', 'test']);

/**
 * Inputs of codeScatterSpec. `codes` are rows x 2 latent codes, `labels` class indices into
 * `classes`. `split` names the split of every row, or gives one split per row to draw train and
 * test codes in one plot (told apart by shape and opacity). The prior is a Gaussian per class: `priorMeans` (classes x 2) with `priorSd` either
 * one isotropic sd or classes x 2 per-axis sds; drawn as 1σ (solid) and 2σ (dashed) ellipses.
 */
export const codeScatterOptions = z
  .strictObject({
    codes: z.instanceof(Float32Array),
    dims: z.literal(2),
    labels: z.instanceof(Int32Array),
    classes: z.array(z.string().min(1)).min(1),
    split: z.union([split, z.array(split)]),
    priorMeans: z.instanceof(Float32Array).optional(),
    priorSd: z.union([z.number().positive(), z.instanceof(Float32Array)]).optional(),
    title: z.string().optional(),
  })
  .refine((o) => o.codes.length === 2 * o.labels.length, {
    path: ['codes'],
    error: 'must hold 2 values per label',
  })
  .refine((o) => o.labels.every((l) => l >= 0 && l < o.classes.length), {
    path: ['labels'],
    error: 'must be class indices into classes',
  })
  .refine((o) => typeof o.split === 'string' || o.split.length === o.labels.length, {
    path: ['split'],
    error: 'must be one split or one per label',
  })
  .refine((o) => o.priorMeans === undefined || o.priorMeans.length === 2 * o.classes.length, {
    path: ['priorMeans'],
    error: 'must hold classes x 2 values',
  })
  .refine((o) => (o.priorMeans === undefined) === (o.priorSd === undefined), {
    path: ['priorSd'],
    error: 'must be given exactly when priorMeans is',
  })
  .refine((o) => !(o.priorSd instanceof Float32Array) || o.priorSd.length === 2 * o.classes.length, {
    path: ['priorSd'],
    error: 'must be a number or hold classes x 2 values',
  });
export type CodeScatterOptions = z.input<typeof codeScatterOptions>;
