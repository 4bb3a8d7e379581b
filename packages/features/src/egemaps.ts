// eGeMAPSv02 (openSMILE 3.0.1 `egemaps/v02/eGeMAPSv02.conf`): 88 functionals of 25 LLDs,
// EGEMAPS_SPEC.md parts E, F, G.
import { assertFinite } from '@emocode/core';
import { egemapsContoursUnchecked } from './egemaps/egemaps-contours.js';
import { egemapsFunctionals } from './egemaps/egemaps-functionals.js';
import { egemapsLldTable, type LldTable } from './egemaps/egemaps-llds.js';
import { checkSignalInput } from './is10-input.js';
import type { SignalOptions } from './signal-options.js';

/**
 * The extended Geneva Minimalistic Acoustic Parameter Set v02 of one mono signal: 88 float32
 * values in {@link EGEMAPS_FEATURE_NAMES} order (EGEMAPS_SPEC.md G12). Browser-safe;
 * deterministic; no state between calls.
 *
 * @param signal - mono samples on the ±1 scale (int16 / 32767, as readWav gives them).
 * @param options - `{ sampleRateHz }`; verified against openSMILE at 16000 Hz.
 * @returns Float32Array(88), always finite.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for a bad rate, EMOCODE_INVALID_INPUT when the
 *   signal is shorter than 70 ms, EMOCODE_NON_FINITE for NaN/Infinity samples.
 * @example const values = extractEgemaps(readWav(bytes).samples, { sampleRateHz: 16000 }); // 88 values
 */
export function extractEgemaps(signal: Float32Array, options: SignalOptions): Float32Array {
  const o = checkSignalInput(signal, options, 'extractEgemaps', 'eGeMAPS');
  const values = egemapsFunctionals(egemapsContoursUnchecked(signal, o.sampleRateHz, false));
  assertFinite(values, 'extractEgemaps', 'eGeMAPS features');
  return values;
}

/**
 * The eGeMAPS frame-level LLD table (openSMILE `-lldcsvoutput`, EGEMAPS_SPEC.md E11.4, F11):
 * N60 + 1 rows × 25 columns ({@link EGEMAPS_LLD_NAMES}).
 *
 * @throws EmocodeError as {@link extractEgemaps}.
 * @example const { frames, data } = extractEgemapsLlds(x, { sampleRateHz: 16000 }); // data[n*25 + 10] = F0 semitones
 */
export function extractEgemapsLlds(signal: Float32Array, options: SignalOptions): LldTable {
  const o = checkSignalInput(signal, options, 'extractEgemapsLlds', 'eGeMAPS');
  const table = egemapsLldTable(egemapsContoursUnchecked(signal, o.sampleRateHz));
  assertFinite(table.data, 'extractEgemapsLlds', 'eGeMAPS LLDs');
  return table;
}
export { EGEMAPS_FEATURE_NAMES, EGEMAPS_LLD_NAMES } from './egemaps/egemaps-names.js';
