// ms of CPU per audio-second of the 25 ms LLD branch, per stage and end to end, on real RAVDESS
// speech (falls back to seeded audio without the shared data). Minimum over repeated batches,
// which is robust on a shared machine. Run:
//   node --conditions=@emocode/source --import tsx bench/lld25-speed.ts
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { copyFrame, padFrame } from '../src/frame/frame-signal.js';
import { preEmphasizeFrame } from '../src/frame/pre-emphasis.js';
import { readWav } from '../src/io/read-wav.js';
import { extractLld25 } from '../src/lld25/extract-lld25.js';
import { createLld25Plan } from '../src/lld25/lld25-plan.js';
import { autocorrelation, levinsonDurbin } from '../src/lpc/levinson-durbin.js';
import { lpcToLsp } from '../src/lpc/line-spectral-pairs.js';
import { applySpectralResampler } from '../src/lpc/spectral-resample.js';
import { LOG_MEL_BAND_FLOOR, MFCC_LOG_FLOOR, logMelBands } from '../src/spectral/log-mel-bands.js';
import { applyMfccDct } from '../src/spectral/mfcc.js';
import { benchPaths } from './bench-paths.js';

function loadSignal(): Float32Array {
  const file = path.join(benchPaths.corpus, 'Actor_01', '03-01-01-01-01-01-01.wav');
  if (existsSync(file)) return readWav(new Uint8Array(readFileSync(file))).samples;
  let s = 1;
  return Float32Array.from({ length: 48000 }, (_, i) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return 0.3 * Math.sin(i * 0.05) + 0.01 * (s / 1073741824 - 1);
  });
}

const signal = loadSignal();
const p = createLld25Plan(16000);
const frames = Math.floor((signal.length - 400) / 160) + 1;
let n = 0;
const stages: [string, () => void][] = [
  [
    'frame + pre-emphasis + window',
    () => {
      copyFrame(signal, n, 400, 160, p.frame);
      preEmphasizeFrame(p.frame, 0.97);
      padFrame(p.frame, p.window, p.padded);
    },
  ],
  [
    'FFT512 + power',
    () => {
      p.fft(p.padded, p.re, p.im);
      for (let b = 0; b < 257; b++) p.power[b] = p.re[b] * p.re[b] + p.im[b] * p.im[b];
    },
  ],
  [
    'mel26 + log + DCT',
    () => {
      logMelBands(p.mfccBank, p.power, MFCC_LOG_FLOOR, p.bands);
      applyMfccDct(p.dct, p.bands, p.cepstra);
    },
  ],
  ['mel8 + log', () => logMelBands(p.logMelBank, p.power, LOG_MEL_BAND_FLOOR, p.bands)],
  ['resample (QUIRK R1)', () => applySpectralResampler(p.resampler, p.re, p.im, p.resampled)],
  [
    'autocorrelation + Levinson',
    () => {
      autocorrelation(p.resampled, p.resampled.length, 8, p.autocorr);
      levinsonDurbin(p.autocorr, 8, p.lpc, p.lpcScratch);
    },
  ],
  ['LPC -> LSP', () => lpcToLsp(p.lpc, 8, p.lsp, p.lspScratch)],
];
const best = stages.map(() => Infinity);
for (let rep = 0; rep < 40; rep++) {
  const spent = stages.map(() => 0);
  for (n = 0; n < frames; n++) {
    stages.forEach(([, run], s) => {
      const t = performance.now();
      run();
      spent[s] += performance.now() - t;
    });
  }
  spent.forEach((v, s) => (best[s] = Math.min(best[s], v)));
}
const seconds = signal.length / 16000;
stages.forEach(([name], s) => console.log(`${name.padEnd(28)} ${(best[s] / seconds).toFixed(3)} ms/audio-s`));
let whole = Infinity;
for (let rep = 0; rep < 100; rep++) {
  const t = performance.now();
  extractLld25(signal, 16000);
  whole = Math.min(whole, performance.now() - t);
}
console.log(
  `${'extractLld25 (end to end)'.padEnd(28)} ${(whole / seconds).toFixed(3)} ms/audio-s (${(1000 / (whole / seconds)).toFixed(0)}x real time)`,
);
