// Log mel band energies: §4.2 step 4 (MFCC input, floor 1e-8) and §4.3 (logMelFreqBand, floor 1e-12).
// ln(E) for E above the floor, else ln(floor); the ≥ vs > distinction of the spec gives the same value.
import { applyMelFilterbank, type MelFilterbank } from './mel-filterbank.js';

/** Floor of the MFCC log energies (§4.2). */
export const MFCC_LOG_FLOOR = 1e-8;
/** Floor of logMelFreqBand (§4.3); ln(1e-12) = −27.631. */
export const LOG_MEL_BAND_FLOOR = 1e-12;

/** ℓ_k = ln(max(E_k, floor)) in place for k < length. */
export function logEnergies(energies: Float64Array, floor: number, length: number = energies.length): void {
  for (let k = 0; k < length; k++) energies[k] = Math.log(energies[k] > floor ? energies[k] : floor);
}

/**
 * Floored natural-log mel band energies of a power spectrum.
 * @param power - P_b, bins 0..Nfft/2. @param out - receives `bank.bands` values.
 * @example logMelBands(bank8, power, LOG_MEL_BAND_FLOOR, out)
 */
export function logMelBands(bank: MelFilterbank, power: Float64Array, floor: number, out: Float64Array): void {
  applyMelFilterbank(bank, power, out);
  logEnergies(out, floor, bank.bands);
}
