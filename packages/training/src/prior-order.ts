import { rowsByClass } from '@emocode/core';
import { fitLda, project } from '@emocode/model';

/**
 * Circle slots in the order the training rows put their classes: the class means of an LDA
 * 2-D projection, sorted by angle around their centroid. On a circle the prior decides which
 * classes are neighbours; in label order (angry, happy, neutral, sad) it makes happy a neighbour
 * of neutral and opposite sad, where IS10 features put happy next to angry, so the encoder
 * and the adversary pull against each other (docs/aae-study.md). With three classes or fewer
 * every circular order is the same up to rotation and mirroring, so label order is kept.
 * @param rows training rows; only those with a label ≥ 0 count.
 * @returns `order[c]`: the slot of class c (the prior's `order` option).
 */
export function ldaCircleOrder(data: Float32Array, dims: number, labels: Int32Array, rows: readonly number[], classes: number): number[] {
  const labelled = rows.filter((r) => labels[r] >= 0);
  const present = [...rowsByClass(labels, labelled).entries()].sort((a, b) => a[0] - b[0]);
  if (present.length < 4) return Array.from({ length: classes }, (_, c) => c);
  const codes = project(fitLda(data, dims, labels, labelled, 2), data, dims);
  const means = present.map(([label, classRows]) => ({ label, x: meanOf(codes, classRows, 0), y: meanOf(codes, classRows, 1) }));
  const cx = means.reduce((s, m) => s + m.x, 0) / means.length;
  const cy = means.reduce((s, m) => s + m.y, 0) / means.length;
  const byAngle = means.map((m) => ({ label: m.label, angle: Math.atan2(m.y - cy, m.x - cx) })).sort((a, b) => a.angle - b.angle);
  const order = new Array<number>(classes).fill(-1);
  byAngle.forEach((m, slot) => (order[m.label] = slot));
  // Classes without training rows take the slots left, in label order.
  let free = byAngle.length;
  for (let c = 0; c < classes; c++) if (order[c] === -1) order[c] = free++;
  return order;
}

function meanOf(codes: Float32Array, rows: number[], column: number): number {
  return rows.reduce((s, r) => s + codes[r * 2 + column], 0) / rows.length;
}
