// Per-frame pre-emphasis of IS10_SPEC.md §3.2: y[0] = (1 − k)·r[0], y[i] = r[i] − k·r[i−1].
// The first sample is not filtered against the previous frame (openSMILE's per-frame mode).

/**
 * Pre-emphasises `frame[0..length)` in place (iterating backwards so each step reads the
 * unmodified previous sample).
 *
 * @param frame - raw frame samples; overwritten.
 * @param coefficient - k (IS10: 0.97).
 * @param length - samples to process; defaults to `frame.length`.
 * @example preEmphasizeFrame(frame, 0.97)
 */
export function preEmphasizeFrame(frame: Float64Array, coefficient: number, length: number = frame.length): void {
  for (let i = length - 1; i > 0; i--) frame[i] = frame[i] - coefficient * frame[i - 1];
  frame[0] = (1 - coefficient) * frame[0];
}
