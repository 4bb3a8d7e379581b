// Turn-level F0 functionals of IS10_SPEC.md §7.3 (group 3), frame period T = 0.01 s.
const f32 = Math.fround;
const FRAME_PERIOD_S = f32(0.01);

/**
 * Turn duration `f32(K)·f32(0.01)` seconds for K pitch frames (§7.3), as float32.
 *
 * @example turnDuration(324) // 3.24 (float32)
 */
export function turnDuration(frames: number): number {
  return f32(f32(frames) * FRAME_PERIOD_S);
}

/**
 * Voicing onsets per second (§7.3): the number of i in 1..K−1 with f[i] > 0 and f[i−1] ≤ 0,
 * divided (float32) by {@link turnDuration}. A voiced first frame is not an onset; K = 0 gives 0.
 *
 * @param f0 - the unsmoothed F0final contour (K values, Hz; 0 = unvoiced).
 * @example onsetRate(Float32Array.of(0, 100, 0, 120)) // 2 / 0.04 = 50
 */
export function onsetRate(f0: Float32Array): number {
  if (f0.length === 0) return 0;
  let onsets = 0;
  for (let i = 1; i < f0.length; i++) if (f0[i] > 0 && f0[i - 1] <= 0) onsets++;
  return f32(onsets / turnDuration(f0.length));
}
