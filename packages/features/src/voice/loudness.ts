// pcm_loudness of IS10_SPEC.md §4.1 with QUIRK L1: openSMILE truncates the Hamming-weighted
// power sum to its single output value, so only the first raw (un-pre-emphasised) sample counts:
//   I = w[0]·r[0]² / Σw,  loudness = (I / 1e-6)^0.3.
import { hammingWindow } from '../frame/windows.js';

const REFERENCE_INTENSITY = 1e-6;
const EXPONENT = 0.3;
const scaleCache = new Map<number, number>();

/** w[0] / Σw / I0 of the Hamming window of `frameSamples` (cached). */
function loudnessScale(frameSamples: number): number {
  let scale = scaleCache.get(frameSamples);
  if (scale === undefined) {
    const w = hammingWindow(frameSamples);
    let sum = 0;
    for (let i = 0; i < frameSamples; i++) sum += w[i];
    scale = w[0] / sum / REFERENCE_INTENSITY;
    scaleCache.set(frameSamples, scale);
  }
  return scale;
}

/**
 * IS10 `pcm_loudness` of one 25 ms frame (QUIRK L1: depends only on its first raw sample).
 *
 * @param firstRawSample - r[0], the frame's first sample before pre-emphasis (±1 scale).
 * @param frameSamples - frame length (400 at 16 kHz), sets the Hamming normalisation.
 * @returns loudness ≥ 0 (0 for a zero sample).
 * @example pcmLoudness(-1 / 32767, 400) // ≈ 0.0115241
 */
export function pcmLoudness(firstRawSample: number, frameSamples: number): number {
  return (loudnessScale(frameSamples) * firstRawSample * firstRawSample) ** EXPONENT;
}
