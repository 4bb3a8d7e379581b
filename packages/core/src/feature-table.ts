import { table, type ColumnTable } from 'arquero';
import { assert } from './assert.js';

/** Metadata columns that emocode gives a meaning to; any further columns are carried along. */
export interface UtteranceMeta {
  /** Instance name, unique per table (openSMILE's `name` column, usually a relative path). */
  name: string;
  speaker?: string;
  label?: string;
  /** Fold group (speaker, session, ...): rows of one group never straddle train and test. */
  group?: string;
  synthetic?: boolean;
}

/**
 * A feature table: one row per utterance. Metadata live in an arquero table (`meta`, one
 * row per feature row, always with a `name` column); features live in one row-major
 * Float32Array `data` of `rows x dims`, with one name per column in `names`.
 */
export interface FeatureTable {
  readonly specVersion: 1;
  readonly names: readonly string[];
  readonly data: Float32Array;
  readonly rows: number;
  readonly dims: number;
  readonly meta: ColumnTable;
}

/**
 * Builds a FeatureTable and checks its shape: `data.length === rows * names.length`, one
 * metadata row per feature row, a `name` column of unique strings.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH / EMOCODE_INVALID_INPUT
 */
export function createFeatureTable(parts: {
  names: readonly string[];
  data: Float32Array;
  meta: ColumnTable | Record<string, readonly unknown[]>;
}): FeatureTable {
  const meta = isColumnTable(parts.meta) ? parts.meta : table(parts.meta as Record<string, unknown[]>);
  const dims = parts.names.length;
  const rows = meta.numRows();
  assert(
    parts.data.length === rows * dims,
    () => `createFeatureTable: data must hold rows x dims = ${rows} x ${dims} = ${rows * dims} values, got ${parts.data.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  assert(meta.columnNames().includes('name'), () => 'createFeatureTable: meta must have a `name` column.');
  const seen = new Set<unknown>();
  for (const name of Array.from(meta.array('name') as ArrayLike<unknown>)) {
    assert(!seen.has(name), () => `createFeatureTable: instance names must be unique, got "${String(name)}" twice.`);
    seen.add(name);
  }
  return { specVersion: 1, names: parts.names, data: parts.data, rows, dims, meta };
}

function isColumnTable(value: unknown): value is ColumnTable {
  return typeof (value as ColumnTable).numRows === 'function';
}

/** A view of row `i` (no copy). */
export function featureRow(t: FeatureTable, i: number): Float32Array {
  return t.data.subarray(i * t.dims, (i + 1) * t.dims);
}

/** The values of metadata column `column` as strings (labels, speakers, groups). */
export function metaStrings(t: FeatureTable, column: string): string[] {
  assert(
    t.meta.columnNames().includes(column),
    () => `metaStrings: the table has no column "${column}"; it has ${t.meta.columnNames().join(', ')}.`,
  );
  return Array.from(t.meta.array(column) as ArrayLike<unknown>, (v) => String(v));
}

/** A new table holding the given rows, in the given order. */
export function selectRows(t: FeatureTable, indices: ArrayLike<number>): FeatureTable {
  const data = new Float32Array(indices.length * t.dims);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    data.set(t.data.subarray(i * t.dims, (i + 1) * t.dims), k * t.dims);
  }
  const order = Array.from(indices);
  const meta: Record<string, unknown[]> = {};
  for (const column of t.meta.columnNames()) {
    const values = t.meta.array(column) as ArrayLike<unknown>;
    meta[column] = order.map((i) => values[i]);
  }
  return createFeatureTable({ names: t.names, data, meta });
}

/** Rows of `a` followed by rows of `b`; both must have the same feature names. */
export function concatRows(a: FeatureTable, b: FeatureTable): FeatureTable {
  assert(
    a.dims === b.dims && a.names.every((n, i) => n === b.names[i]),
    () => `concatRows: both tables must have the same ${a.dims} feature names, got ${b.dims} differing names.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const data = new Float32Array(a.data.length + b.data.length);
  data.set(a.data, 0);
  data.set(b.data, a.data.length);
  const columns = new Set([...a.meta.columnNames(), ...b.meta.columnNames()]);
  const meta: Record<string, unknown[]> = {};
  for (const column of columns) {
    meta[column] = [...columnOrUndefined(a, column), ...columnOrUndefined(b, column)];
  }
  return createFeatureTable({ names: a.names, data, meta });
}

function columnOrUndefined(t: FeatureTable, column: string): unknown[] {
  return t.meta.columnNames().includes(column)
    ? Array.from(t.meta.array(column) as ArrayLike<unknown>)
    : new Array<unknown>(t.rows).fill(undefined);
}
