import { z } from 'zod';

/** `emocode synthesize` option values. */
export const synthesizeCommandOptions = z.strictObject({
  model: z.string().min(1),
  perClass: z.coerce.number().int().min(1),
  seed: z.coerce.number().int().default(0),
  /** `codes`: around encoded training codes of the class (the study's finding 5); `prior`: the class's prior component. */
  from: z.enum(['codes', 'prior']).default('codes'),
  spread: z.coerce.number().min(0).default(0.5),
  out: z
    .string()
    .min(1)
    .regex(/\.csv$/i, 'must end in .csv'),
});
