// IS10 pipeline speed on 10 s of seeded 16 kHz speech-like audio (run: pnpm bench).
// Rows: the pitch branch alone, jitter/shimmer alone, the whole extractIs10.
// Per-file agreement and ms per audio second on the real corpus: bench/is10-agreement.ts.
import { bench, describe } from 'vitest';
import { extractIs10 } from '../src/is10.js';
import { pitchCandidates } from '../src/pitch/pitch-candidates.js';
import { smoothPitch } from '../src/pitch/pitch-smoother.js';
import { jitterShimmer } from '../src/voice/jitter-shimmer.js';

/** Vowel-like pulse train with a slow F0 glide and a little seeded noise. */
function seededVoice(seconds: number, sampleRateHz: number): Float32Array {
  const x = new Float32Array(seconds * sampleRateHz);
  let s = 12345;
  let phase = 0;
  for (let i = 0; i < x.length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const f0 = 140 + 40 * Math.sin((2 * Math.PI * 0.3 * i) / sampleRateHz);
    phase += f0 / sampleRateHz;
    const p = phase % 1;
    x[i] = 0.4 * Math.exp(-p * 8) * Math.sin(2 * Math.PI * 5 * p) + 0.01 * (s / 1073741824 - 1);
  }
  return x;
}

const FS = 16000;
const signal = seededVoice(10, FS);
const candidates = pitchCandidates(signal, FS);
const f0Final = smoothPitch(candidates.f0Hz, candidates.voicing).f0Final;

describe('IS10, 10 s at 16 kHz', () => {
  bench('pitch branch: 60 ms frames → FFT1024 → octave spline → SHS', () => {
    pitchCandidates(signal, FS);
  });
  bench('jitter/shimmer', () => {
    jitterShimmer(signal, f0Final, FS);
  });
  bench('extractIs10 (whole pipeline)', () => {
    extractIs10(signal, { sampleRateHz: FS });
  });
});
