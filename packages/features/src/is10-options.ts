// Options of the IS10 extractor (IS10_SPEC.md §2, §9).
import { z } from 'zod';

/** `{ sampleRateHz }`: the rate of the mono signal; IS10 is defined (and verified) at 16000 Hz. */
export const is10Options = z.strictObject({
  sampleRateHz: z.number().int().min(1000).max(384000),
});

/** What callers pass to extractIs10 / extractIs10Llds. */
export type Is10Options = z.input<typeof is10Options>;
/** The validated options the kernels receive. */
export type ResolvedIs10Options = z.output<typeof is10Options>;
