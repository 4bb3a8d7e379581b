// Edge validation shared by the extractors of every feature set (IS10_SPEC.md §1, §6.4;
// EGEMAPS_SPEC.md F11, G2).
import { EmocodeError, assertFinite, parseOptions } from '@emocode/core';
import { signalOptions, type ResolvedSignalOptions, type SignalOptions } from './signal-options.js';

/**
 * Minimum signal length in samples: one 60 ms frame plus one hop, i.e. two pitch frames. IS10's
 * pitch smoother swallows the first frame (§5.3) and with none left openSMILE has no output
 * (§6.4); eGeMAPS' LLD table needs two pitch frames for its last rows (F11). 1120 samples
 * (70 ms) at 16 kHz.
 */
export function is10MinimumSamples(sampleRateHz: number): number {
  return Math.round(0.06 * sampleRateHz) + Math.round(0.01 * sampleRateHz);
}

/** Parses the options and checks the signal for the set `setLabel`; throws EmocodeError on bad input. */
export function checkSignalInput(signal: Float32Array, options: SignalOptions, where: string, setLabel: string): ResolvedSignalOptions {
  const o = parseOptions(signalOptions, options, where);
  const min = is10MinimumSamples(o.sampleRateHz);
  if (!(signal instanceof Float32Array) || signal.length < min) {
    const got = signal instanceof Float32Array ? `${signal.length} samples` : typeof signal;
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `${where}: signal must hold at least ${min} samples (${(min / o.sampleRateHz) * 1000} ms at ${o.sampleRateHz} Hz), got ${got}. ` +
        `${setLabel} needs two 60 ms pitch frames.`,
    );
  }
  assertFinite(signal, where, 'signal');
  return o;
}

/** {@link checkSignalInput} for IS10. */
export function checkIs10Input(signal: Float32Array, options: SignalOptions, where: string): ResolvedSignalOptions {
  return checkSignalInput(signal, options, where, 'IS10');
}
