// openSMILE's stored spectrum (EGEMAPS_SPEC.md E4): the FFT outputs rounded to float32 and the
// magnitude A_b = f32(sqrt(f32(f32(R_b²) + f32(I_b²)))).
const f32 = Math.fround;

/**
 * Rounds `re`/`im` bins 0..bins−1 to float32 in place and writes their float32 magnitudes.
 * @param out - receives `bins` magnitudes.
 */
export function float32Magnitudes(re: Float64Array, im: Float64Array, out: Float32Array | Float64Array, bins: number): void {
  for (let b = 0; b < bins; b++) {
    const r = f32(re[b]);
    const i = f32(im[b]);
    re[b] = r;
    im[b] = i;
    out[b] = f32(Math.sqrt(f32(f32(r * r) + f32(i * i))));
  }
}
