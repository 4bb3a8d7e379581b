// Options shared by every feature set's extractor (IS10_SPEC.md §2, §9; EGEMAPS_SPEC.md E12).
import { z } from 'zod';

/** `{ sampleRateHz }`: the rate of the mono signal; the sets are defined (and verified) at 16000 Hz. */
export const signalOptions = z.strictObject({
  sampleRateHz: z.number().int().min(1000).max(384000),
});

/** What callers pass to a feature set's extractor. */
export type SignalOptions = z.input<typeof signalOptions>;
/** The validated options the kernels receive. */
export type ResolvedSignalOptions = z.output<typeof signalOptions>;
