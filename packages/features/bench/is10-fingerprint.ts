// SHA-256 over the IS10 functionals and LLDs of a fixed file sample, plus CPU ms per audio-second:
// the guard for speed work ("same numbers, less time"). Usage: is10-fingerprint.ts [every=72] [repeats=3]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractIs10, extractIs10Llds, readWav } from '../src/index.js';
import { benchPaths } from './bench-paths.js';
import { bestCpuMsPerAudioSecond } from './bench-tools.js';

const every = Number(process.argv[2] ?? 72);
const repeats = Number(process.argv[3] ?? 3);
const files = readdirSync(benchPaths.corpus, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.wav'))
  .sort()
  .map((f) => path.join(benchPaths.corpus, f))
  .filter((_, i) => i % every === 0);
const signals = files.map((f) => readWav(new Uint8Array(readFileSync(f))).samples);
const hash = createHash('sha256');
for (const x of signals) {
  const f = extractIs10(x, { sampleRateHz: 16000 });
  hash.update(new Uint8Array(f.buffer, f.byteOffset, f.byteLength));
  const l = extractIs10Llds(x, { sampleRateHz: 16000 }).data;
  hash.update(new Uint8Array(l.buffer, l.byteOffset, l.byteLength));
}
const seconds = signals.reduce((s, x) => s + x.length / 16000, 0);
const best = bestCpuMsPerAudioSecond((x) => extractIs10(x, { sampleRateHz: 16000 }), signals, repeats);
console.log(`${files.length} files, ${seconds.toFixed(1)} s audio; sha256 ${hash.digest('hex')}`);
console.log(`extractIs10: ${best.toFixed(3)} CPU ms per audio-second (best of ${repeats})`);
