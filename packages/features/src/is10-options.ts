// Options of the IS10 extractor (IS10_SPEC.md §2, §9): the options every feature set takes.
import { signalOptions, type ResolvedSignalOptions, type SignalOptions } from './signal-options.js';

/** `{ sampleRateHz }`: the rate of the mono signal; IS10 is defined (and verified) at 16000 Hz. */
export const is10Options = signalOptions;

/** What callers pass to extractIs10 / extractIs10Llds. */
export type Is10Options = SignalOptions;
/** The validated options the kernels receive. */
export type ResolvedIs10Options = ResolvedSignalOptions;
