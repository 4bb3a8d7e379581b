import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWav } from '../io/read-wav.js';
import { hasShared, sharedPath } from '../io/testing/shared-data.js';
import { extractLld25 } from './extract-lld25.js';

const f32 = Math.fround;
const FILES = ['03-01-01-01-01-01-01', '03-01-05-02-01-01-13', '03-01-08-02-01-01-24'];

/** sma window 3 of §6.2 (lld1 form, float32 order, edge replication). */
function sma(x: Float32Array, frames: number, dims: number, col: number, rows: number): Float32Array {
  const out = new Float32Array(rows);
  const at = (n: number) => x[Math.min(Math.max(n, 0), frames - 1) * dims + col];
  for (let n = 0; n < rows; n++) out[n] = f32(f32(f32(at(n) + at(n - 1)) + at(n + 1)) / 3);
  return out;
}

function readLldCsv(file: string): { header: string[]; rows: number[][] } {
  const lines = readFileSync(sharedPath('reference', 'opensmile-is10', 'lld', `${file}.lld.csv`), 'utf8')
    .trim()
    .split('\n');
  const header = lines[0].split(';');
  return { header, rows: lines.slice(1).map((l) => l.split(';').slice(1).map(Number)) };
}

interface Stats {
  maxAbs: number;
  maxRel: number;
  diffs: number[];
}

function compare(file: string, stats: Record<string, Stats>): void {
  const actor = `Actor_${file.slice(-2)}`;
  const bytes = readFileSync(sharedPath('corpora', 'ravdess-speech-16k', actor, `${file}.wav`));
  const wav = readWav(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const lld = extractLld25(wav.samples, wav.sampleRateHz);
  const ref = readLldCsv(file);
  const rowsL = Math.floor((wav.samples.length - 960) / 160) + 1;
  expect(ref.rows.length).toBe(rowsL);
  lld.names.forEach((name, col) => {
    const refName = name.replace(/(\[\d+\])?$/, '_sma$1');
    const refCol = ref.header.indexOf(refName) - 1;
    expect(refCol).toBeGreaterThan(0);
    const mine = sma(lld.data, lld.frames, lld.names.length, col, rowsL);
    const group = name.replace(/\[\d+\]$/, '');
    const s = (stats[group] ??= { maxAbs: 0, maxRel: 0, diffs: [] });
    for (let n = 0; n < rowsL; n++) {
      const want = ref.rows[n][refCol];
      const d = Math.abs(mine[n] - want);
      s.maxAbs = Math.max(s.maxAbs, d);
      s.maxRel = Math.max(s.maxRel, d / Math.max(Math.abs(want), 1e-3));
      s.diffs.push(d);
    }
  });
}

const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))];

describe('extractLld25 vs openSMILE LLD reference (sma applied in the test)', () => {
  const present = FILES.every((f) => hasShared('reference', 'opensmile-is10', 'lld', `${f}.lld.csv`));
  it.skipIf(!present)('meets the §11 accuracy targets on 3 files', () => {
    const stats: Record<string, Stats> = {};
    for (const f of FILES) compare(f, stats);
    const lsp = stats['lspFreq'];
    const summary = Object.fromEntries(
      Object.entries(stats).map(([k, s]) => [
        k,
        { maxAbs: s.maxAbs, maxRel: s.maxRel, median: quantile(s.diffs, 0.5), p99: quantile(s.diffs, 0.99) },
      ]),
    );
    console.log(JSON.stringify(summary, null, 1));
    // §11 targets (loudness 1e-6 rel, mfcc 2e-4, logMel 5e-5, LSP median 1e-6 / p99 1e-4 rad)
    // with a little slack; achieved on these files: 4.5e-7, 1.2e-4, 2.7e-5, 1.9e-7 / 6.7e-5.
    expect(stats['pcm_loudness'].maxRel).toBeLessThan(1e-6);
    expect(stats['mfcc'].maxAbs).toBeLessThan(2.5e-4);
    expect(stats['logMelFreqBand'].maxAbs).toBeLessThan(6e-5);
    expect(quantile(lsp.diffs, 0.5)).toBeLessThan(1e-6);
    expect(quantile(lsp.diffs, 0.99)).toBeLessThan(1.5e-4);
    expect(lsp.maxAbs).toBeLessThan(3e-3);
  });
});
