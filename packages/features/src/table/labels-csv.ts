import { EmocodeError } from '@emocode/core';
import { parseError } from './parse-error.js';

/** A labels CSV as columns of strings; `lines[i]` is the 1-based file line of row i. */
export interface LabelsCsv {
  columns: string[];
  values: Record<string, string[]>;
  lines: number[];
}

const required = ['name', 'speaker', 'label'];

/**
 * Parses a comma-separated labels CSV with header `name,speaker,label[,more...]`
 * (RFC 4180 quoting with `"`). Blank lines are skipped; a byte-order mark before the header
 * (spreadsheets write one) is read as nothing.
 * @throws EmocodeError EMOCODE_PARSE_ERROR (file:line:column) for a missing required column,
 *   ragged rows, unterminated quotes, empty names or labels and duplicate names.
 * @example parseLabelsCsv('name,speaker,label\na.wav,s1,sad\n').values.label // ['sad']
 */
export function parseLabelsCsv(text: string, source = '<labels>'): LabelsCsv {
  const records = splitCsv(text.replace(/^\uFEFF/, ''), source);
  const head = records.shift();
  if (!head) throw new EmocodeError('EMOCODE_PARSE_ERROR', `parseLabelsCsv: ${source} is empty; it needs a header name,speaker,label.`);
  const columns = head.cells;
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw parseError(
      'parseLabelsCsv',
      source,
      { line: head.line, column: 1 },
      `the header must contain name, speaker and label, got "${columns.join(',')}" (missing ${missing.join(', ')}).`,
    );
  }
  const values: Record<string, string[]> = Object.fromEntries(columns.map((c) => [c, []]));
  const firstLine = new Map<string, number>();
  for (const r of records) {
    if (r.cells.length !== columns.length) {
      throw parseError(
        'parseLabelsCsv',
        source,
        { line: r.line, column: 1 },
        `ragged row: expected ${columns.length} cells like the header, got ${r.cells.length}.`,
      );
    }
    const name = r.cells[columns.indexOf('name')] as string;
    const seen = firstLine.get(name);
    if (name === '' || seen !== undefined) {
      const why = name === '' ? 'got an empty name' : `got "${name}" again (first on line ${seen})`;
      throw parseError('parseLabelsCsv', source, { line: r.line, column: 1 }, `names must be unique and non-empty, ${why}.`);
    }
    if (r.cells[columns.indexOf('label')] === '') {
      throw parseError(
        'parseLabelsCsv',
        source,
        { line: r.line, column: columns.indexOf('label') + 1 },
        `labels must not be empty, got an empty label for "${name}". Fill it in or remove the row.`,
      );
    }
    firstLine.set(name, r.line);
    columns.forEach((c, j) => values[c]!.push(r.cells[j] as string));
  }
  return { columns, values, lines: records.map((r) => r.line) };
}

/**
 * The values of one labels column.
 * @throws EmocodeError EMOCODE_INVALID_INPUT naming the columns there are.
 */
export function labelsColumn(labels: LabelsCsv, column: string): string[] {
  const values = labels.values[column];
  if (!values) {
    throw new EmocodeError('EMOCODE_INVALID_INPUT', `labelsColumn: column must be one of ${labels.columns.join(', ')}, got "${column}".`);
  }
  return values;
}

interface CsvRecord {
  line: number;
  cells: string[];
}

function splitCsv(text: string, source: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      quoteLine = line;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      cell += c;
      if (c === '\n') line++;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      endRecord();
      line++;
      recordLine = line;
    }
  }
  if (quoted)
    throw parseError('parseLabelsCsv', source, { line: quoteLine, column: 1 }, 'a quoted cell is never closed; add the closing ".');
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/**
 * Formats columns as a labels CSV (header first, `"`-quoting cells that need it).
 * @param columns column name → one string per row; every column the same length.
 * @example formatLabelsCsv({ name: ['a.wav'], speaker: ['s1'], label: ['sad'] })
 */
export function formatLabelsCsv(columns: Record<string, readonly string[]>): string {
  const names = Object.keys(columns);
  const rows = columns[names[0] ?? '']?.length ?? 0;
  const lines = [names.map(quote).join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((n) => quote(columns[n]?.[i] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
