import { z } from 'zod';

const shape = {
  codeSize: z.number().int().min(1),
  classes: z.number().int().min(1),
};

/**
 * One isotropic Gaussian per class. The paper gives no radius or spread; ours put
 * neighbouring components ≥ 3.5 sd apart (radius 5, sd 1: for 4 classes on a circle
 * neighbours are 7.1 apart).
 */
const mixtureSpec = z.strictObject({
  kind: z.literal('class-gaussian-mixture'),
  /** Distance of every component mean from the origin. */
  radius: z.number().positive().default(5),
  /** Standard deviation of every component (isotropic). */
  componentSd: z.number().positive().default(1),
  /**
   * Where the component means go (all at `radius`): `circle` (first two code dims),
   * `axes` (scaled one-hot directions, classes ≤ codeSize), `simplex` (a regular simplex,
   * classes ≤ codeSize + 1: every pair equally far apart), `random` (seeded unit
   * directions). `auto`: circle for codeSize 2 or codeSize < classes − 1, else simplex (the
   * AAE study's choice: equidistant components whenever the code has room for them).
   */
  layout: z.enum(['auto', 'circle', 'axes', 'simplex', 'random']).default('auto'),
  /**
   * Which layout slot each class takes: class c gets mean number `order[c]` (a permutation of
   * 0..classes−1). Default: slot c. On a circle this decides which classes are neighbours;
   * `trainAae`'s `priorOrder: 'lda'` sets it from the data.
   */
  order: z.array(z.number().int().min(0)).optional(),
  /** Seeds the random mean directions (layout random). */
  seed: z.number().int().default(0),
  /** Accept label −1 (unlabelled rows): sampled from the whole mixture. */
  semiSupervised: z.boolean().default(false),
});
const standardNormalSpec = z.strictObject({ kind: z.literal('standard-normal') });

/** A prior without its shape, as a training spec names it (shape comes from the model). */
export const priorSpec = z.discriminatedUnion('kind', [mixtureSpec, standardNormalSpec]);
export type MeanLayout = z.output<typeof mixtureSpec>['layout'];
export type PriorSpec = z.input<typeof priorSpec>;

/** Which prior the codes are matched to, with its shape. */
export const priorOptions = z
  .discriminatedUnion('kind', [mixtureSpec.extend(shape), standardNormalSpec.extend(shape)])
  .refine((o) => o.kind !== 'class-gaussian-mixture' || layoutFits(o.layout, o.classes, o.codeSize), {
    path: ['layout'],
    error: 'must fit the shape: circle needs codeSize >= 2, axes classes <= codeSize, simplex classes <= codeSize + 1',
  })
  .refine((o) => o.kind !== 'class-gaussian-mixture' || o.order === undefined || isPermutation(o.order, o.classes), {
    path: ['order'],
    error: 'must list every slot 0..classes-1 once, one entry per class',
  });

function isPermutation(order: number[], classes: number): boolean {
  return order.length === classes && new Set(order).size === classes && order.every((slot) => slot < classes);
}

function layoutFits(layout: MeanLayout, classes: number, codeSize: number): boolean {
  if (layout === 'circle') return codeSize >= 2;
  if (layout === 'axes') return classes <= codeSize;
  if (layout === 'simplex') return classes <= codeSize + 1;
  return true;
}
export type PriorOptions = z.input<typeof priorOptions>;
export type ResolvedPriorOptions = z.output<typeof priorOptions>;
