import { assert, assertFinite } from '@emocode/core';

/** Validates a training matrix and optional labels; returns the row count. */
export function checkTrainingData(
  data: Float32Array,
  dims: number,
  labels: Int32Array | undefined,
  classes: number,
  allowUnlabelled: boolean,
  where: string,
): number {
  assert(Number.isInteger(dims) && dims > 0, () => `${where}: dims must be a positive integer, got ${dims}.`);
  assert(
    data.length > 0 && data.length % dims === 0,
    () => `${where}: data length must be a positive multiple of dims ${dims}, got ${data.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const rows = data.length / dims;
  assertFinite(data, where, 'data (standardize and impute first)');
  if (labels) {
    assert(
      labels.length === rows,
      () => `${where}: labels must have one entry per row (${rows}), got ${labels.length}.`,
      'EMOCODE_SHAPE_MISMATCH',
    );
    const min = allowUnlabelled ? -1 : 0;
    labels.forEach((l, i) =>
      assert(
        l >= min && l < classes,
        () =>
          `${where}: labels must be in ${min}..${classes - 1}, got ${l} at row ${i}.${l === -1 ? ' Unlabelled rows need prior.semiSupervised.' : ''}`,
      ),
    );
  }
  return rows;
}

/** Resolves train/validation row sets and checks them against `rows`. */
export function splitRows(
  rows: number,
  trainRows: number[] | undefined,
  validationRows: number[] | undefined,
  where: string,
): { train: number[]; validation: number[] } {
  const validation = validationRows ?? [];
  const held = new Set(validation);
  const train = trainRows ?? Array.from({ length: rows }, (_, i) => i).filter((i) => !held.has(i));
  for (const r of [...train, ...validation]) assert(r < rows, () => `${where}: row indices must be < ${rows}, got ${r}.`);
  const overlap = train.find((r) => held.has(r));
  assert(overlap === undefined, () => `${where}: validationRows must not be training rows, got row ${overlap} in both.`);
  assert(train.length > 0, () => `${where}: trainRows must not be empty.`);
  return { train, validation };
}
