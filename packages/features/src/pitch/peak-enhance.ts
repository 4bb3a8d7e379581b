// Peak enhancement and 3-tap smoothing of the magnitude spectrum, IS10_SPEC.md §5.1 steps 1–2.

/**
 * Zeroes the valleys between spectral maxima in place (§5.1 step 1). Maxima: index 0 if
 * a[0] > a[1]; i if a[i] > a[i−1] and a[i] ≥ a[i+1]; the last bin if it exceeds its neighbour.
 * Between consecutive maxima p < p' the bins p+3..p'−3 become 0. QUIRK S1: with exactly one
 * maximum every bin from index 3 on becomes 0.
 *
 * @param a - magnitudes (bins 0..Nfft/2), modified in place.
 * @param maxima - scratch buffer of length ≥ a.length.
 */
export function enhancePeaks(a: Float64Array, maxima: Int32Array): void {
  const last = a.length - 1;
  let count = 0;
  if (a[0] > a[1]) maxima[count++] = 0;
  // Branch-free: on a noisy spectrum "is a maximum" is a coin flip the predictor keeps missing.
  let prev = a[0];
  let cur = a[1];
  for (let i = 1; i < last; i++) {
    const next = a[i + 1];
    maxima[count] = i;
    count += +(cur > prev) & +(cur >= next);
    prev = cur;
    cur = next;
  }
  if (a[last] > a[last - 1]) maxima[count++] = last;
  if (count === 1) {
    a.fill(0, 3);
    return;
  }
  for (let q = 1; q < count; q++) {
    for (let j = maxima[q - 1] + 3; j <= maxima[q] - 3; j++) a[j] = 0;
  }
}

/**
 * Non-recursive smoothing `out[i] = (a[i−1] + 2a[i] + a[i+1])/4` with a[−1] = 0 for all but
 * the last bin, which is copied (§5.1 step 2).
 */
export function smoothSpectrum(a: Float64Array, out: Float64Array): void {
  const last = a.length - 1;
  let left = 0;
  for (let i = 0; i < last; i++) {
    out[i] = (left + 2 * a[i] + a[i + 1]) / 4;
    left = a[i];
  }
  out[last] = a[last];
}
