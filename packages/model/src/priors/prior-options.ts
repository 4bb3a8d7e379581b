import { z } from 'zod';

const common = {
  codeSize: z.number().int().min(1),
  classes: z.number().int().min(1),
};

/**
 * Which prior the codes are matched to. The paper uses one Gaussian per emotion; it gives
 * no radius or spread, so ours are chosen so neighbouring components sit ≥ 3.5 sd apart
 * (radius 5, sd 1: for 4 classes on a circle neighbours are 7.1 apart).
 */
export const priorOptions = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('class-gaussian-mixture'),
    ...common,
    /** Distance of every component mean from the origin. */
    radius: z.number().positive().default(5),
    /** Standard deviation of every component (isotropic). */
    componentSd: z.number().positive().default(1),
    /** Seeds the random mean directions used when classes > codeSize > 2. */
    seed: z.number().int().default(0),
    /** Accept label −1 (unlabelled rows): sampled from the whole mixture. */
    semiSupervised: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('standard-normal'), ...common }),
]);
export type PriorOptions = z.input<typeof priorOptions>;
export type ResolvedPriorOptions = z.output<typeof priorOptions>;
