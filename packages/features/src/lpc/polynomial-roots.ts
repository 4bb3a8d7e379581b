// Complex roots of a real polynomial by the Aberth–Ehrlich iteration (Aberth 1973): all roots
// refined simultaneously, z_k ← z_k − w_k / (1 − w_k·Σ_{j≠k} 1/(z_k − z_j)), w_k = p(z_k)/p'(z_k).
// Cubically convergent for simple roots; double precision is enough for LPC formants (EGEMAPS_SPEC F8).
// A start near the roots, such as the previous LPC frame's roots, reaches the same roots (to the
// iteration's tolerance) in fewer steps.

const MAX_ITERATIONS = 100;
/** Relative step below which a root counts as converged (a few ulps: rounding noise keeps moving it). */
const TOLERANCE = 1e-14;

/**
 * Turn of a given start (radians). A start symmetric about the real axis stays symmetric under
 * the iteration, so a complex pair of it could never split into two real roots.
 */
const START_TURN = 0.01;

/** Cauchy-type radius of the initial circle, offset angle to avoid symmetric stalls. */
function circleStart(coeffs: ArrayLike<number>, re: Float64Array, im: Float64Array): void {
  const d = coeffs.length - 1;
  let radius = 0;
  for (let k = 1; k <= d; k++) radius = Math.max(radius, Math.pow(Math.abs(coeffs[k] / coeffs[0]), 1 / k));
  radius = Math.max(radius, 1e-3);
  for (let k = 0; k < d; k++) {
    const a = (2 * Math.PI * k) / d + 0.4;
    re[k] = radius * Math.cos(a);
    im[k] = radius * Math.sin(a);
  }
}

/** Refines the d roots in re/im in place; false when they have not converged. */
function aberth(coeffs: ArrayLike<number>, re: Float64Array, im: Float64Array): boolean {
  const d = coeffs.length - 1;
  const lead = coeffs[0];
  const done = new Uint8Array(d);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let moved = 0;
    for (let k = 0; k < d; k++) {
      if (done[k]) continue;
      // Horner for p and p' at z_k
      let pr = lead;
      let pi = 0;
      let dr = 0;
      let di = 0;
      const zr = re[k];
      const zi = im[k];
      for (let j = 1; j <= d; j++) {
        const ndr = dr * zr - di * zi + pr;
        const ndi = dr * zi + di * zr + pi;
        dr = ndr;
        di = ndi;
        const npr = pr * zr - pi * zi + coeffs[j];
        const npi = pr * zi + pi * zr;
        pr = npr;
        pi = npi;
      }
      if (pr === 0 && pi === 0) {
        done[k] = 1;
        continue;
      }
      // w = p/p'
      const dd = dr * dr + di * di;
      if (dd === 0) continue;
      const wr = (pr * dr + pi * di) / dd;
      const wi = (pi * dr - pr * di) / dd;
      let sr = 0;
      let si = 0;
      for (let j = 0; j < d; j++) {
        if (j === k) continue;
        const ar = zr - re[j];
        const ai = zi - im[j];
        const aa = ar * ar + ai * ai;
        if (aa === 0) continue;
        const inverse = 1 / aa;
        sr += ar * inverse;
        si -= ai * inverse;
      }
      // correction = w / (1 − w·s)
      const br = 1 - (wr * sr - wi * si);
      const bi = -(wr * si + wi * sr);
      const bb = br * br + bi * bi;
      const cr = bb === 0 ? wr : (wr * br + wi * bi) / bb;
      const ci = bb === 0 ? wi : (wi * br - wr * bi) / bb;
      re[k] = zr - cr;
      im[k] = zi - ci;
      const step = Math.sqrt((cr * cr + ci * ci) / Math.max(re[k] * re[k] + im[k] * im[k], 1e-300));
      if (step < TOLERANCE) done[k] = 1;
      moved = Math.max(moved, step);
    }
    if (moved < TOLERANCE) return true;
  }
  return false;
}

/**
 * False when two of the d points coincide to 1e-9 relative. Iterates that close make the sum of
 * 1/(z_k − z_j) blow up and the correction vanish, so the iteration can stop there, short of roots.
 */
function distinct(re: Float64Array, im: Float64Array, d: number): boolean {
  for (let k = 0; k < d; k++) {
    for (let j = k + 1; j < d; j++) {
      const ar = re[k] - re[j];
      const ai = im[k] - im[j];
      const scale = Math.max(re[k] * re[k] + im[k] * im[k], re[j] * re[j] + im[j] * im[j]);
      if (ar * ar + ai * ai <= 1e-18 * scale) return false;
    }
  }
  return true;
}

/**
 * Roots of `c[0]·z^d + c[1]·z^(d−1) + … + c[d]` (c[0] ≠ 0).
 *
 * @param coeffs - d + 1 real coefficients, highest power first.
 * @param re - receives the d real parts. @param im - receives the d imaginary parts.
 * @example polynomialRoots([1, 0, -1], re, im) // roots ±1
 */
export function polynomialRoots(coeffs: ArrayLike<number>, re: Float64Array, im: Float64Array): void {
  circleStart(coeffs, re, im);
  aberth(coeffs, re, im);
}

/**
 * {@link polynomialRoots} started from the d points in re/im (the previous LPC frame's roots: a
 * frame's roots lie near its neighbour's, and the iteration then takes ~40 % less time), turned
 * by {@link START_TURN}; from the circle again when that start does not converge or two of its
 * iterates meet.
 * @example polynomialRootsNear(nextCoeffs, re, im) // re/im held the roots of a similar polynomial
 */
export function polynomialRootsNear(coeffs: ArrayLike<number>, re: Float64Array, im: Float64Array): void {
  const d = coeffs.length - 1;
  const c = Math.cos(START_TURN);
  const s = Math.sin(START_TURN);
  for (let k = 0; k < d; k++) {
    const r = re[k];
    re[k] = r * c - im[k] * s;
    im[k] = r * s + im[k] * c;
  }
  if (!aberth(coeffs, re, im) || !distinct(re, im, d)) polynomialRoots(coeffs, re, im);
}
