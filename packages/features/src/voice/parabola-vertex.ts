// Vertex of the parabola through three equally spaced points (used by jitter §5.4 and SHS §5.2).

/**
 * Vertex of the parabola through (−1, yl), (0, yc), (1, yr): offset `z` from the centre and
 * value. When the three points are collinear (no vertex) the largest point is returned.
 *
 * @example parabolaVertex(0, 1, 0) // { offset: 0, value: 1 }
 */
export function parabolaVertex(yl: number, yc: number, yr: number): { offset: number; value: number } {
  const a = (yl + yr) / 2 - yc;
  const b = (yr - yl) / 2;
  if (a === 0) {
    if (yl >= yc && yl >= yr) return { offset: -1, value: yl };
    return yr > yc ? { offset: 1, value: yr } : { offset: 0, value: yc };
  }
  const offset = -b / (2 * a);
  return { offset, value: yc - (b * b) / (4 * a) };
}
