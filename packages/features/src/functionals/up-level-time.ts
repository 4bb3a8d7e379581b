// Up-level time functionals of IS10_SPEC.md §7.2 (#20–#21).
const f32 = Math.fround;

/**
 * Share of frames strictly above `min + level·(max − min)`, the threshold built in float32 as
 * `f32(f32(level·f32(max − min)) + min)` (§7.2); normalised by N ("segment" norm).
 *
 * @param x - the sequence (N ≥ 1).
 * @param min - float32 minimum of `x`.
 * @param max - float32 maximum of `x`.
 * @param level - 0.75 or 0.90 for IS10.
 * @example upLevelTime(Float32Array.of(0, 1, 2, 3), 0, 3, 0.75) // 0.25
 */
export function upLevelTime(x: Float32Array, min: number, max: number, level: number): number {
  const threshold = f32(f32(level * f32(max - min)) + min);
  let above = 0;
  for (let i = 0; i < x.length; i++) if (x[i] > threshold) above++;
  return above / x.length;
}
