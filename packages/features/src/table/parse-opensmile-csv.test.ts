import { describe, expect, it } from 'vitest';
import { expectClose } from '@emocode/core/testing';
import { parseOpensmileCsv } from './parse-opensmile-csv.js';
import { formatOpensmileCsv, formatOpensmileNumber } from './format-opensmile-csv.js';

const header = 'name;frameTime;f0;f1;f2';
const csv = (...rows: string[]) => [header, ...rows].join('\n') + '\n';

describe('parseOpensmileCsv', () => {
  it('reads names, quoted ids and values (CRLF and a missing final newline too)', () => {
    const p = parseOpensmileCsv(`${header}\r\n'a/x.wav';0.000000;1;-2.5e-01;3.000000e+02\r\n'b.wav';0.000000;0;nan;4`, { nan: 'keep' });
    expect(p.names).toEqual(['f0', 'f1', 'f2']);
    expect(p.ids).toEqual(['a/x.wav', 'b.wav']);
    expectClose(p.data.subarray(0, 3), [1, -0.25, 300]);
    expect(Number.isNaN(p.data[4])).toBe(true);
  });

  it('rejects a header that is not openSMILE CSV', () => {
    expect(() => parseOpensmileCsv('name,frameTime,f0\n', { source: 'x.csv' })).toThrow(
      /x\.csv:1:1: the header must start with name;frameTime/,
    );
  });

  it('names file, line and column of a ragged row (short and long)', () => {
    expect(() => parseOpensmileCsv(csv("'a';0;1;2;3", "'b';0;1;2"), { source: 't.csv' })).toThrow(
      /t\.csv:3:10: ragged row 'b': expected 3 features like the header, got 2/,
    );
    expect(() => parseOpensmileCsv(csv("'a';0;1;2;3;4"), { source: 't.csv' })).toThrow(/t\.csv:2:13: ragged row 'a'.*got more/);
  });

  it('names the cell of a non-numeric or empty value', () => {
    expect(() => parseOpensmileCsv(csv("'a';0;1;2x;3"), { source: 't.csv' })).toThrow(/t\.csv:2:9: f1 of 'a' must be a number, got "2x"/);
    expect(() => parseOpensmileCsv(csv("'a';0;1;;3"), { source: 't.csv' })).toThrow(/t\.csv:2:9: f1 of 'a' must be a number, got ""/);
  });

  it('rejects NaN unless allowed, and can drop NaN columns', () => {
    const text = csv("'a';0;1;nan;3", "'b';0;4;5;-inf");
    expect(() => parseOpensmileCsv(text)).toThrow(/<string>:2:9: f1 of 'a' is nan\. Pass nan: 'keep'/);
    const dropped = parseOpensmileCsv(text, { nan: 'drop-columns' });
    expect(dropped.names).toEqual(['f0']);
    expect(dropped.droppedColumns).toEqual(['f1', 'f2']);
    expect(Array.from(dropped.data)).toEqual([1, 4]);
  });

  it('rejects duplicate instance names, naming both lines', () => {
    expect(() => parseOpensmileCsv(csv("'a';0;1;2;3", "'b';0;1;2;3", "'a';0;1;2;3"))).toThrow(
      /:4:1: instance names must be unique, got 'a' again \(first on line 2\)/,
    );
  });
});

describe('formatOpensmileNumber / formatOpensmileCsv', () => {
  it('formats like openSMILE (%.0f for integers, %e otherwise)', () => {
    expect(formatOpensmileNumber(111)).toBe('111');
    expect(formatOpensmileNumber(0)).toBe('0');
    expect(formatOpensmileNumber(0.08313768)).toBe('8.313768e-02');
    expect(formatOpensmileNumber(-88.66912)).toBe('-8.866912e+01');
    expect(formatOpensmileNumber(1.5e-120)).toBe('1.500000e-120');
    expect(formatOpensmileNumber(Number.NaN)).toBe('nan');
  });

  it('round-trips through the parser', () => {
    const content = { ids: ['Actor_01/a.wav', 'b'], names: ['x', 'y'], data: Float32Array.from([1, 0.0831377, -2.5e-7, 42]) };
    const text = formatOpensmileCsv(content);
    expect(text).toBe("name;frameTime;x;y\n'Actor_01/a.wav';0.000000;1;8.313770e-02\n'b';0.000000;-2.500000e-07;42\n");
    const back = parseOpensmileCsv(text);
    expect(back.ids).toEqual(content.ids);
    expectClose(back.data, content.data, { rtol: 1e-6 });
  });
});
