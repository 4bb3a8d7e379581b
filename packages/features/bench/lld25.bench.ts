// 25 ms LLD branch speed on 10 s of seeded 16 kHz speech-like audio (run: pnpm bench).
// Baseline row: framing + FFT + power spectrum alone.
import { bench, describe } from 'vitest';
import { copyFrame, frameCount, padFrame } from '../src/frame/frame-signal.js';
import { hammingWindow } from '../src/frame/windows.js';
import { extractLld25 } from '../src/lld25/extract-lld25.js';
import { createRealFft } from '../src/spectral/fft.js';

function seededSpeechLike(seconds: number, sampleRateHz: number): Float32Array {
  const x = new Float32Array(seconds * sampleRateHz);
  let s = 12345;
  for (let i = 0; i < x.length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const t = i / sampleRateHz;
    const f0 = 120 + 40 * Math.sin(2 * Math.PI * 0.5 * t);
    x[i] = 0.3 * Math.sin(2 * Math.PI * f0 * t) + 0.1 * Math.sin(2 * Math.PI * 3 * f0 * t) + 0.02 * (s / 1073741824 - 1);
  }
  return x;
}

const signal = seededSpeechLike(10, 16000);

describe('25 ms branch, 10 s at 16 kHz', () => {
  bench('baseline: frame + Hamming + FFT512 + power', () => {
    const fft = createRealFft(512);
    const w = hammingWindow(400);
    const frame = new Float64Array(400);
    const buf = new Float64Array(512);
    const re = new Float64Array(257);
    const im = new Float64Array(257);
    const n = frameCount(signal.length, 400, 160);
    let acc = 0;
    for (let f = 0; f < n; f++) {
      copyFrame(signal, f, 400, 160, frame);
      padFrame(frame, w, buf);
      fft(buf, re, im);
      for (let b = 0; b < 257; b++) acc += re[b] * re[b] + im[b] * im[b];
    }
    if (!Number.isFinite(acc)) throw new Error('non-finite');
  });
  bench('extractLld25', () => {
    extractLld25(signal, 16000);
  });
});
