/**
 * The row indices of each label: label → rows in the order given, labels in order of first
 * appearance. `rows` (default: every row of `labels`) picks which rows count.
 * @example rowsByClass(Int32Array.of(1, 0, 1)) // Map { 1 => [0, 2], 0 => [1] }
 */
export function rowsByClass(labels: ArrayLike<number>, rows?: ArrayLike<number>): Map<number, number[]> {
  const byClass = new Map<number, number[]>();
  const count = rows ? rows.length : labels.length;
  for (let i = 0; i < count; i++) {
    const row = rows ? (rows[i] as number) : i;
    const label = labels[row] as number;
    const list = byClass.get(label);
    if (list) list.push(row);
    else byClass.set(label, [row]);
  }
  return byClass;
}
