// Per-frame SHS pitch candidates of the 60 ms branch, IS10_SPEC.md §3 (Gaussian σ = 0.25,
// symmetric zero padding, FFT) + §5.1 + §5.2.
import { copyFramePadded, frameCount, nextPowerOfTwo } from '../frame/frame-signal.js';
import { gaussianWindow } from '../frame/windows.js';
import { createRealFft } from '../spectral/fft.js';
import { createOctaveScalePlan } from './octave-scale-plan.js';
import { createOctaveScaleScratch, octaveScaleSpectrum } from './octave-scale-spectrum.js';
import { bestShsCandidate, createShsPlan } from './shs-candidates.js';
import { subharmonicSum } from './subharmonic-sum.js';

const GAUSSIAN_SIGMA = 0.25;
const FRAME_SECONDS = 0.06;

/** Best candidate per 60 ms frame (N60 values each, float32). */
export interface PitchCandidates {
  /** Candidate F0 in Hz (0 when no candidate lies in 52–620 Hz). */
  readonly f0Hz: Float32Array;
  /** Voicing probability 1 − mean/score in [0, 1). */
  readonly voicing: Float32Array;
}

/**
 * Computes the best SHS candidate of every complete 60 ms frame (hop 10 ms) of `signal`.
 *
 * @param signal - mono samples (float32, §2).
 * @param sampleRateHz - sample rate; frame = round(0.06·fs), hop = round(0.01·fs).
 * @example pitchCandidates(x, 16000).f0Hz
 */
export function pitchCandidates(signal: Float32Array, sampleRateHz: number): PitchCandidates {
  const frameSamples = Math.round(FRAME_SECONDS * sampleRateHz);
  const hop = Math.round(0.01 * sampleRateHz);
  const fftSize = nextPowerOfTwo(frameSamples);
  const frames = frameCount(signal.length, frameSamples, hop);
  const window = gaussianWindow(frameSamples, GAUSSIAN_SIGMA);
  const fft = createRealFft(fftSize);
  // §9: openSMILE derives the bin spacing from the configured 60 ms, which equals fs/Nfft
  // whenever 0.06·fs is an integer (16, 22.05, 44.1, 48 kHz).
  const plan = createOctaveScalePlan(fftSize, frameSamples / (FRAME_SECONDS * fftSize));
  const scratch = createOctaveScaleScratch(plan);
  const shs = createShsPlan(plan);
  const buf = new Float64Array(fftSize);
  const re = new Float64Array(plan.points);
  const im = new Float64Array(plan.points);
  const s = new Float32Array(plan.points);
  const ss = new Float32Array(plan.points);
  const pos = new Int32Array(6);
  const score = new Float64Array(6);
  const best = new Float64Array(2);
  const f0Hz = new Float32Array(frames);
  const voicing = new Float32Array(frames);
  for (let n = 0; n < frames; n++) {
    copyFramePadded(signal, n, hop, window, buf);
    fft(buf, re, im);
    // openSMILE stores the magnitude spectrum as float32 before the octave-scale stage.
    for (let b = 0; b < plan.points; b++) re[b] = Math.fround(Math.sqrt(re[b] * re[b] + im[b] * im[b]));
    octaveScaleSpectrum(re, plan, scratch, s);
    subharmonicSum(s, shs, ss);
    bestShsCandidate(ss, shs, pos, score, best);
    f0Hz[n] = best[0];
    voicing[n] = best[1];
  }
  return { f0Hz, voicing };
}
