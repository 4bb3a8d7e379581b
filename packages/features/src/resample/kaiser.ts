/**
 * Zeroth-order modified Bessel function of the first kind, by its power series
 * (converges fast for the arguments a Kaiser window needs, |x| < 30).
 */
export function besselI0(x: number): number {
  const q = (x * x) / 4;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 200 && term > sum * 1e-17; k++) {
    term *= q / (k * k);
    sum += term;
  }
  return sum;
}

/**
 * Kaiser's design rule for a window-method lowpass (Oppenheim & Schafer, Discrete-Time Signal
 * Processing, 3rd ed., eq. 7.62/7.63): the shape parameter beta for `attenuationDb` of stopband
 * attenuation and the filter length (in taps at the sampling rate where `transitionRad` is
 * measured, radians per sample).
 */
export function kaiserDesign(attenuationDb: number, transitionRad: number): { beta: number; taps: number } {
  const a = attenuationDb;
  const beta = a > 50 ? 0.1102 * (a - 8.7) : a >= 21 ? 0.5842 * (a - 21) ** 0.4 + 0.07886 * (a - 21) : 0;
  return { beta, taps: (a - 7.95) / (2.285 * transitionRad) };
}

/** Kaiser window at position `u` in [-1, 1] (0 outside), normalised to 1 at u = 0. */
export function kaiserWindow(u: number, beta: number, i0Beta: number): number {
  if (u <= -1 || u >= 1) return 0;
  return besselI0(beta * Math.sqrt(1 - u * u)) / i0Beta;
}
