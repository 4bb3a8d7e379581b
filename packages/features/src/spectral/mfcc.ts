// DCT-II with liftering of IS10_SPEC.md §4.2 step 5 (input: log energies from logEnergies):
//   c_i = sqrt(2/M)·Σ_k ℓ_k·cos(π·i·(k + 0.5)/M)·(1 + (L/2)·sin(π·i/L)).

/** Precomputed DCT × lifter matrix (coefficients × bands, row-major). */
export interface MfccDct {
  readonly bands: number;
  readonly coefficients: number;
  readonly matrix: Float64Array;
}

const cache = new Map<string, MfccDct>();

/**
 * DCT-II (scale sqrt(2/M), no special c0 weight) times the sinusoidal lifter (cached).
 * @param bands - M mel bands (26). @param coefficients - cepstra c0.. (15). @param lifter - L (22).
 */
export function mfccDct(bands: number, coefficients: number, lifter: number): MfccDct {
  const key = `${bands}:${coefficients}:${lifter}`;
  let dct = cache.get(key);
  if (dct === undefined) {
    const matrix = new Float64Array(bands * coefficients);
    const scale = Math.sqrt(2 / bands);
    for (let i = 0; i < coefficients; i++) {
      const lift = 1 + (lifter / 2) * Math.sin((Math.PI * i) / lifter);
      for (let k = 0; k < bands; k++) matrix[i * bands + k] = scale * Math.cos((Math.PI * i * (k + 0.5)) / bands) * lift;
    }
    dct = { bands, coefficients, matrix };
    cache.set(key, dct);
  }
  return dct;
}

/**
 * Cepstra from log band energies: `out[i] = Σ_k matrix[i][k]·logE[k]`.
 * @param logE - M log energies. @param out - receives `dct.coefficients` values.
 */
export function applyMfccDct(dct: MfccDct, logE: Float64Array, out: Float64Array): void {
  const { bands, coefficients, matrix } = dct;
  for (let i = 0; i < coefficients; i++) {
    let acc = 0;
    const row = i * bands;
    for (let k = 0; k < bands; k++) acc += matrix[row + k] * logE[k];
    out[i] = acc;
  }
}
