import { z } from 'zod';

const rateHz = z.number().int().positive().max(1_000_000);

/** Options of `resample` / `createResampler`. */
export const resampleOptions = z.strictObject({
  /** Sample rate of the input signal in Hz (integer). */
  fromRateHz: rateHz,
  /** Sample rate of the output signal in Hz (integer). */
  toRateHz: rateHz,
  /** Minimum stopband attenuation of the anti-aliasing / anti-imaging filter in dB. */
  stopbandDb: z.number().min(40).max(140).default(80),
  /**
   * -6 dB cutoff as a fraction of the lower of the two Nyquist frequencies. The transition
   * band is centred on it and ends exactly at that Nyquist frequency.
   */
  cutoffFraction: z.number().gt(0.5).lt(1).default(0.95),
});

/** What callers pass to `resample`. */
export type ResampleOptions = z.input<typeof resampleOptions>;
/** Options after defaults. */
export type ResolvedResampleOptions = z.output<typeof resampleOptions>;
