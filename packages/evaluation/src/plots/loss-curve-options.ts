import { z } from 'zod';

/** Losses of one training epoch: reconstruction, discriminator, generator, optional validation reconstruction. */
export const lossCurveRow = z.strictObject({
  epoch: z.number().int().min(0),
  rec: z.number().finite(),
  disc: z.number().finite(),
  gen: z.number().finite(),
  valRec: z.number().finite().optional(),
});
export const lossCurveRows = z.array(lossCurveRow).min(1);
export type LossCurveRow = z.input<typeof lossCurveRow>;
