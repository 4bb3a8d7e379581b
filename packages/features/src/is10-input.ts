// Edge validation shared by extractIs10 and extractIs10Llds (IS10_SPEC.md §1, §6.4).
import { EmocodeError, assertFinite, parseOptions } from '@emocode/core';
import { is10Options, type Is10Options, type ResolvedIs10Options } from './is10-options.js';

/**
 * Minimum signal length in samples: one 60 ms frame plus one hop, i.e. two pitch frames, because
 * the pitch smoother swallows the first frame (§5.3) and with none left openSMILE has no output
 * (§6.4). 1120 samples (70 ms) at 16 kHz.
 */
export function is10MinimumSamples(sampleRateHz: number): number {
  return Math.round(0.06 * sampleRateHz) + Math.round(0.01 * sampleRateHz);
}

/** Parses the options and checks the signal; throws EmocodeError on bad input. */
export function checkIs10Input(signal: Float32Array, options: Is10Options, where: string): ResolvedIs10Options {
  const o = parseOptions(is10Options, options, where);
  const min = is10MinimumSamples(o.sampleRateHz);
  if (!(signal instanceof Float32Array) || signal.length < min) {
    const got = signal instanceof Float32Array ? `${signal.length} samples` : typeof signal;
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `${where}: signal must hold at least ${min} samples (${(min / o.sampleRateHz) * 1000} ms at ${o.sampleRateHz} Hz), got ${got}. ` +
        'IS10 needs two 60 ms pitch frames.',
    );
  }
  assertFinite(signal, where, 'signal');
  return o;
}
