// The IS10 functionals of IS10_SPEC.md §7–§8.2: 1582 values per signal.
import { assertFinite } from '@emocode/core';
import { functionals19NonZero, functionals21, FUNCTIONALS_19, FUNCTIONALS_21 } from './functionals/functional-set.js';
import { onsetRate, turnDuration } from './functionals/onsets.js';
import { is10ContoursUnchecked, type Is10Contours } from './is10-contours.js';
import { checkIs10Input } from './is10-input.js';
import { IS10_FEATURE_NAMES } from './is10-names.js';
import type { Is10Options } from './is10-options.js';

/**
 * Rows seen by the statistical functionals (QUIRK E1, §6.4): NF = L − 3 = K − 2 for K ≥ 3,
 * max(K − 3, 0) + 1 for shorter contours (K = pitch frames).
 */
export function functionalFrames(pitchFrames: number): number {
  return Math.max(pitchFrames - 3, 0) + 1;
}

/** The 1582 functionals of already computed contours (§7). */
export function is10Functionals(c: Is10Contours): Float32Array {
  const out = new Float32Array(IS10_FEATURE_NAMES.length);
  const nf = functionalFrames(c.f0Final.length);
  const group1 = [...c.lld1, ...c.lld1De];
  group1.forEach((x, i) => functionals21(x.subarray(0, nf), out, i * FUNCTIONALS_21.length));
  const offset2 = group1.length * FUNCTIONALS_21.length;
  [...c.lld2, ...c.lld2De].forEach((x, i) => functionals19NonZero(x.subarray(0, nf), out, offset2 + i * FUNCTIONALS_19.length));
  out[out.length - 2] = onsetRate(c.f0Final);
  out[out.length - 1] = turnDuration(c.f0Final.length);
  return out;
}

/**
 * The INTERSPEECH 2010 paralinguistic feature set (openSMILE 3.0.1 `IS10_paraling`) of one mono
 * signal: 1582 float32 values in {@link IS10_FEATURE_NAMES} order (IS10_SPEC.md §8.2).
 * Browser-safe; deterministic; no state between calls.
 *
 * @param signal - mono samples on the ±1 scale (int16 / 32767, as readWav gives them).
 * @param options - `{ sampleRateHz }`; features are only comparable to openSMILE's at 16000 Hz.
 * @returns Float32Array(1582), always finite.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for a bad rate, EMOCODE_INVALID_INPUT when the
 *   signal is shorter than 70 ms (1120 samples at 16 kHz), EMOCODE_NON_FINITE for NaN/Infinity samples.
 * @example
 * const values = extractIs10(readWav(bytes).samples, { sampleRateHz: 16000 }); // values.length === 1582
 */
export function extractIs10(signal: Float32Array, options: Is10Options): Float32Array {
  const o = checkIs10Input(signal, options, 'extractIs10');
  const values = is10Functionals(is10ContoursUnchecked(signal, o.sampleRateHz));
  assertFinite(values, 'extractIs10', 'IS10 features');
  return values;
}
// Re-exported here because callers import the feature order together with the extractor.
export { IS10_FEATURE_NAMES, IS10_LLD_NAMES } from './is10-names.js';
