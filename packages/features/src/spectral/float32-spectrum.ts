// openSMILE's stored spectrum (EGEMAPS_SPEC.md E4): the FFT outputs rounded to float32 and the
// magnitude A_b = f32(sqrt(f32(f32(R_b²) + f32(I_b²)))).
const f32 = Math.fround;

/** A_b of float32 R_b, I_b. */
function magnitude(r: number, i: number): number {
  return f32(Math.sqrt(f32(f32(r * r) + f32(i * i))));
}

/**
 * The float32 magnitudes of bins 0..bins−1 of `re`/`im` (each rounded to float32 first).
 * @param out - receives `bins` magnitudes.
 */
export function float32Magnitudes(re: Float64Array, im: Float64Array, out: Float64Array, bins: number): void {
  for (let b = 0; b < bins; b++) out[b] = magnitude(f32(re[b]), f32(im[b]));
}

/**
 * The magnitudes A_b, b = 0..size/2, and the powers f32(A_b²) of a float32 spectrum in the packed
 * layout of a real FFT of `size` points (Ooura's rdft): a[2b] = R_b and a[2b+1] = I_b for
 * 0 < b < size/2, a[0] = R_0, a[1] = R_size/2 (I_0 = I_size/2 = 0).
 * @param magnitudes - receives size/2 + 1 values; so does `powers`.
 */
export function packedMagnitudes(packed: Float32Array, magnitudes: Float64Array, powers: Float64Array): void {
  const half = packed.length >> 1;
  magnitudes[0] = magnitude(packed[0], 0);
  for (let b = 1; b < half; b++) magnitudes[b] = magnitude(packed[2 * b], packed[2 * b + 1]);
  magnitudes[half] = magnitude(packed[1], 0);
  for (let b = 0; b <= half; b++) powers[b] = f32(magnitudes[b] * magnitudes[b]);
}
