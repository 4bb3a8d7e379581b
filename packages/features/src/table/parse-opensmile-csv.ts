import { parseOptions } from '@emocode/core';
import { parseError } from './parse-error.js';
import { opensmileCsvOptions, type OpensmileCsvOptions, type ResolvedOpensmileCsvOptions } from './table-options.js';
import { dropColumns } from './drop-columns.js';
import { parseNumberFast } from './parse-number.js';

/** The content of an openSMILE CSV: instance ids, feature names and a row-major matrix. */
export interface ParsedFeatures {
  /** Instance names with openSMILE's `'` quotes removed, unique. */
  ids: string[];
  /** Feature names (the header after `name;frameTime`). */
  names: string[];
  /** `ids.length x names.length`, row-major. */
  data: Float32Array;
  /** Columns removed by `nan: 'drop-columns'`. */
  droppedColumns: string[];
}

const where = 'parseOpensmileCsv';

/**
 * Parses openSMILE's CSV output (`name;frameTime;<features>`, `;`-separated, instance names
 * quoted with `'`). A hand-written scanner over the string: one pass, no per-cell regex.
 * @throws EmocodeError EMOCODE_PARSE_ERROR with `file:line:column` for a bad header, ragged
 *   rows, empty or non-numeric cells, NaN (unless allowed) and duplicate instance names.
 * @example parseOpensmileCsv(text, { source: 'is10.csv' }).data.length // rows * 1582
 */
export function parseOpensmileCsv(text: string, options: OpensmileCsvOptions = {}): ParsedFeatures {
  const o = parseOptions(opensmileCsvOptions, options, where);
  const headerEnd = lineEnd(text, 0);
  const header = stripCr(text.slice(0, headerEnd)).split(';');
  if (header.length < 3 || header[0] !== 'name' || header[1] !== 'frameTime') {
    throw parseError(
      where,
      o.source,
      { line: 1, column: 1 },
      `the header must start with name;frameTime;<features>, got "${header.slice(0, 3).join(';')}". Is this an openSMILE CSV (-csvoutput)?`,
    );
  }
  const names = header.slice(2);
  const parsed = parseRows(text, headerEnd + 1, names, o);
  return o.nan === 'drop-columns' ? dropColumns(parsed) : parsed;
}

function parseRows(text: string, start: number, names: string[], o: ResolvedOpensmileCsvOptions): ParsedFeatures {
  const dims = names.length;
  const ids: string[] = [];
  const firstLine = new Map<string, number>();
  let data = new Float32Array(dims * 1024);
  let line = 1;
  for (let pos = start; pos < text.length;) {
    line++;
    const end = lineEnd(text, pos);
    const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop > pos) {
      if ((ids.length + 1) * dims > data.length) data = grow(data);
      const id = parseRow(text, pos, stop, line, names, data, ids.length * dims, o);
      const seen = firstLine.get(id);
      if (seen !== undefined) {
        throw parseError(where, o.source, { line, column: 1 }, `instance names must be unique, got '${id}' again (first on line ${seen}).`);
      }
      firstLine.set(id, line);
      ids.push(id);
    }
    pos = end + 1;
  }
  return { ids, names, data: data.slice(0, ids.length * dims), droppedColumns: [] };
}

/** Parses one line into `out` at `offset`; returns the instance id. */
function parseRow(
  text: string,
  start: number,
  stop: number,
  line: number,
  names: string[],
  out: Float32Array,
  offset: number,
  o: ResolvedOpensmileCsvOptions,
): string {
  const at = (pos: number) => ({ line, column: pos - start + 1 });
  let cut = text.indexOf(';', start);
  if (cut < 0 || cut > stop)
    throw parseError(where, o.source, at(start), `a row must be name;frameTime;<${names.length} values>, got no ';'.`);
  const id = unquote(text.slice(start, cut));
  cut = text.indexOf(';', cut + 1); // frameTime is not a feature
  let j = 0;
  for (let pos = cut + 1; cut >= 0 && cut < stop; pos = cut + 1, j++) {
    cut = text.indexOf(';', pos);
    const cellEnd = cut < 0 || cut > stop ? stop : cut;
    if (j >= names.length)
      throw parseError(where, o.source, at(pos), `ragged row '${id}': expected ${names.length} features like the header, got more.`);
    let value = parseNumberFast(text, pos, cellEnd);
    if (Number.isNaN(value)) value = slowCell(text.slice(pos, cellEnd), () => `${names[j]} of '${id}'`, at(pos), o);
    out[offset + j] = value;
  }
  if (j !== names.length) {
    throw parseError(where, o.source, at(stop), `ragged row '${id}': expected ${names.length} features like the header, got ${j}.`);
  }
  return id;
}

/** Cells the fast path declines: long or extreme numbers, nan/inf tokens, and errors. */
function slowCell(cell: string, what: () => string, at: { line: number; column: number }, o: ResolvedOpensmileCsvOptions): number {
  // Number() (unlike parseFloat) rejects trailing garbage such as "1.5x"; "" would read as 0.
  const number = cell.trim().length === 0 ? Number.NaN : Number(cell);
  if (!Number.isNaN(number)) return number;
  const token = cell.toLowerCase();
  const special = token === 'nan' || token === '-nan' ? Number.NaN : token === 'inf' ? Infinity : token === '-inf' ? -Infinity : undefined;
  if (special === undefined) throw parseError(where, o.source, at, `${what()} must be a number, got "${cell}".`);
  if (o.nan === 'reject') {
    throw parseError(where, o.source, at, `${what()} is ${cell}. Pass nan: 'keep' or 'drop-columns' (CLI --nan) to accept it.`);
  }
  return special;
}

function lineEnd(text: string, pos: number): number {
  const end = text.indexOf('\n', pos);
  return end < 0 ? text.length : end;
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1) : s;
}

function grow(data: Float32Array<ArrayBuffer>): Float32Array<ArrayBuffer> {
  const bigger = new Float32Array(data.length * 2);
  bigger.set(data);
  return bigger;
}
