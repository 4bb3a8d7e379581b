import { z } from 'zod';

/** `emocode synthesize` option values. */
export const synthesizeCommandOptions = z.object({
  model: z.string().min(1),
  perClass: z.coerce.number().int().min(1),
  seed: z.coerce.number().int().default(0),
  out: z.string().min(1).regex(/\.csv$/i, 'must end in .csv'),
});
