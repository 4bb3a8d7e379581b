// Agreement of the raw 25 ms LLDs (after the §6.2 sma, applied here) with openSMILE's LLD CSVs
// for all reference files: median / p99 / max |Δ|, max relative error, share within 1e-5. Run:
//   node --conditions=@emocode/source --import tsx bench/lld25-agreement.ts
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readWav } from '../src/io/read-wav.js';
import { extractLld25 } from '../src/lld25/extract-lld25.js';
import { benchPaths } from './bench-paths.js';

const f32 = Math.fround;
const lldDir = path.resolve(benchPaths.reference, '../lld');
if (!existsSync(lldDir)) {
  console.error(`lld25-agreement: reference LLD folder not found at ${lldDir}`);
  process.exit(1);
}
const diffs: Record<string, number[]> = {};
const maxRel: Record<string, number> = {};
for (const file of readdirSync(lldDir).filter((f) => f.endsWith('.lld.csv'))) {
  const id = file.replace('.lld.csv', '');
  const wav = readWav(new Uint8Array(readFileSync(path.join(benchPaths.corpus, `Actor_${id.slice(-2)}`, `${id}.wav`))));
  const lld = extractLld25(wav.samples, wav.sampleRateHz);
  const [head, ...rows] = readFileSync(path.join(lldDir, file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(';'));
  lld.names.forEach((name, col) => {
    const refCol = head.indexOf(name.replace(/(\[\d+\])?$/, '_sma$1'));
    const group = name.replace(/\[\d+\]$/, '');
    const at = (n: number) => lld.data[Math.min(Math.max(n, 0), lld.frames - 1) * lld.names.length + col];
    rows.forEach((row, n) => {
      const want = Number(row[refCol]);
      const d = Math.abs(f32(f32(f32(at(n) + at(n - 1)) + at(n + 1)) / 3) - want);
      (diffs[group] ??= []).push(d);
      maxRel[group] = Math.max(maxRel[group] ?? 0, d / Math.max(Math.abs(want), 1e-3));
    });
  });
}
for (const [group, d] of Object.entries(diffs)) {
  d.sort((a, b) => a - b);
  const q = (p: number) => d[Math.floor(p * (d.length - 1))].toExponential(2);
  const within = ((100 * d.filter((x) => x <= 1e-5).length) / d.length).toFixed(1);
  console.log(
    `${group.padEnd(15)} n=${d.length} median=${q(0.5)} p99=${q(0.99)} max=${d[d.length - 1].toExponential(2)} maxRel=${maxRel[group].toExponential(2)} within1e-5=${within}%`,
  );
}
