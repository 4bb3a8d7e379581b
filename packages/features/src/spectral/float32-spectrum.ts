// openSMILE's stored spectrum (EGEMAPS_SPEC.md E4): the FFT outputs rounded to float32 and the
// magnitude A_b = f32(sqrt(f32(f32(R_b²) + f32(I_b²)))).
const f32 = Math.fround;

/**
 * The float32 magnitudes of bins 0..bins−1 of `re`/`im` (each rounded to float32 first).
 * @param out - receives `bins` magnitudes.
 */
export function float32Magnitudes(re: Float64Array, im: Float64Array, out: Float64Array, bins: number): void {
  for (let b = 0; b < bins; b++) {
    const r = f32(re[b]);
    const i = f32(im[b]);
    out[b] = f32(Math.sqrt(f32(f32(r * r) + f32(i * i))));
  }
}
