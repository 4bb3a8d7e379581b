import type { ParsedFeatures } from './parse-opensmile-csv.js';

/** Removes every column that holds a NaN or ±Infinity, recording the removed names. */
export function dropColumns(parsed: ParsedFeatures): ParsedFeatures {
  const { names, data } = parsed;
  const dims = names.length;
  const rows = parsed.ids.length;
  const bad = new Uint8Array(dims);
  for (let i = 0; i < rows * dims; i++) if (!Number.isFinite(data[i])) bad[i % dims] = 1;
  const keep: number[] = [];
  for (let j = 0; j < dims; j++) if (!bad[j]) keep.push(j);
  if (keep.length === dims) return parsed;
  const out = new Float32Array(rows * keep.length);
  for (let i = 0; i < rows; i++) for (let k = 0; k < keep.length; k++) out[i * keep.length + k] = data[i * dims + keep[k]!]!;
  return {
    ids: parsed.ids,
    names: keep.map((j) => names[j]!),
    data: out,
    droppedColumns: names.filter((_, j) => bad[j]),
  };
}
