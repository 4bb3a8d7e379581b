// The 60 ms branch of EGEMAPS_SPEC.md F2.1–F6: Gaussian (σ = 0.4) frames → FFT 1024 → float32
// magnitudes (kept for the harmonics, F9) → octave-scale spectrum from 25 Hz → SHS candidates in
// [55, 1000] Hz → Viterbi smoother → energy gate → F0 in Hz and semitones re 27.5 Hz.
import { createFrameRows, type FrameRows } from '../frame/frame-rows.js';
import { frameCount, nextPowerOfTwo, symmetricPadding } from '../frame/frame-signal.js';
import { float32Window, gaussianWindow } from '../frame/windows.js';
import { createOctaveScalePlan } from '../pitch/octave-scale-plan.js';
import { createOctaveScaleScratch, octaveScaleSpectrum } from '../pitch/octave-scale-spectrum.js';
import { createShsCandidateList, createShsPlan, shsCandidates, type PitchRange } from '../pitch/shs-candidates.js';
import { subharmonicSum } from '../pitch/subharmonic-sum.js';
import { viterbiSmoothPitch } from '../pitch/viterbi-smoother.js';
import { createRealFft } from '../spectral/fft.js';
import { float32Magnitudes } from '../spectral/float32-spectrum.js';

const f32 = Math.fround;
const FRAME_SECONDS = 0.06;
const GAUSSIAN_SIGMA = 0.4;
const GRID_MIN_HZ = 25;
const RANGE: PitchRange = { minHz: 55, maxHz: 1000 };
const CANDIDATES = 6;
const ENERGY_GATE = f32(0.001);
const SEMITONE_BASE_HZ = f32(27.5);

/** Per 60 ms frame n = 0..N60−1. */
export interface PitchBranch {
  readonly frames: number;
  /**
   * Float32 magnitude spectrum (F2.1, Nfft/2 + 1 values: its `width`) of each frame above the
   * energy gate: the only frames that can be voiced, and the only ones the harmonics read.
   */
  readonly magnitudes: FrameRows;
  /** Bin spacing Δf = 1/f32(padded frame seconds) (F2.1: 15.6249993 Hz at 16 kHz). */
  readonly binHz: number;
  /** Energy-gated F0final in Hz, 0 = unvoiced (F6). */
  readonly f0Hz: Float32Array;
  /** F0 in semitones re 27.5 Hz, 0 = unvoiced (F5.4, F6): the voicing gate of every other LLD. */
  readonly f0Semitones: Float32Array;
  /** Frames the smoother had not decided before its end-of-input flush (part G "P"). */
  readonly undecidedAtEnd: number;
}

/** F0finalLog of F5.4. */
function semitones(f0: number): number {
  if (f0 > 29.136) return f32((12 * Math.log(f32(f0 / SEMITONE_BASE_HZ))) / Math.LN2);
  return f0 > 0 ? 1 : 0;
}

/** RMS of the windowed, unpadded frame (F2.2): float32 squares summed in double, in order. */
function frameRms(buf: Float64Array, from: number, length: number): number {
  let d = 0;
  for (let i = from; i < from + length; i++) d += f32(buf[i] * buf[i]);
  return f32(Math.sqrt(d / length));
}

/**
 * Writes the frame from `start` on as the FFT input of F2.1 into `buf` (the float32 products
 * f32(x·w), zeros around them: copyFramePadded's framing, fused here with the energy) and says
 * whether its RMS exceeds the energy gate, the only use of the RMS, in the same pass. The in-order
 * sum of F2.2 is one long chain of dependent adds; four interleaved partial sums take a quarter of
 * its latency and differ from it by under 2·M·2⁻⁵³ relative, so outside ±1e-6 of the gate they
 * decide the same, and inside it the in-order RMS decides: the answer is the in-order one in every
 * case.
 */
function windowAboveGate(signal: Float32Array, start: number, window: Float64Array, buf: Float64Array, pad: number): boolean {
  const length = window.length;
  buf.fill(0, 0, pad);
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  let i = 0;
  for (; i + 3 < length; i += 4) {
    const v0 = f32(signal[start + i] * window[i]);
    const v1 = f32(signal[start + i + 1] * window[i + 1]);
    const v2 = f32(signal[start + i + 2] * window[i + 2]);
    const v3 = f32(signal[start + i + 3] * window[i + 3]);
    buf[pad + i] = v0;
    buf[pad + i + 1] = v1;
    buf[pad + i + 2] = v2;
    buf[pad + i + 3] = v3;
    d0 += f32(v0 * v0);
    d1 += f32(v1 * v1);
    d2 += f32(v2 * v2);
    d3 += f32(v3 * v3);
  }
  for (; i < length; i++) {
    const v = f32(signal[start + i] * window[i]);
    buf[pad + i] = v;
    d0 += f32(v * v);
  }
  buf.fill(0, pad + length);
  const rms = Math.sqrt((d0 + d1 + (d2 + d3)) / length);
  if (Math.abs(rms - ENERGY_GATE) > 1e-6 * ENERGY_GATE) return rms > ENERGY_GATE;
  return frameRms(buf, pad, length) > ENERGY_GATE;
}

function swap(a: Float64Array, i: number): void {
  const t = a[0];
  a[0] = a[i];
  a[i] = t;
}

/** Moves the best-scoring slot (first on ties, empty slots score 0) to slot 0 (F4). */
function bestFirst(f0: Float64Array, voicing: Float64Array, score: Float64Array): void {
  let maxI = 0;
  for (let c = 1; c < CANDIDATES; c++) if (score[c] > score[maxI]) maxI = c;
  if (maxI === 0) return;
  swap(f0, maxI);
  swap(voicing, maxI);
  swap(score, maxI);
}

/**
 * Runs the 60 ms branch on a mono signal.
 * @example pitchBranch(x, 16000).f0Semitones
 */
export function pitchBranch(signal: Float32Array, sampleRateHz: number): PitchBranch {
  const frameSamples = Math.round(FRAME_SECONDS * sampleRateHz);
  const hop = Math.round(0.01 * sampleRateHz);
  const fftSize = nextPowerOfTwo(frameSamples);
  const frames = frameCount(signal.length, frameSamples, hop);
  const window = float32Window(gaussianWindow(frameSamples, GAUSSIAN_SIGMA));
  const fft = createRealFft(fftSize);
  const binHz = 1 / f32((FRAME_SECONDS * fftSize) / frameSamples);
  const plan = createOctaveScalePlan(fftSize, binHz, GRID_MIN_HZ);
  const scratch = createOctaveScaleScratch(plan);
  const shs = createShsPlan(plan);
  const bins = plan.points;
  const pad = symmetricPadding(frameSamples, fftSize);
  const buf = new Float64Array(fftSize);
  const re = new Float64Array(bins);
  const im = new Float64Array(bins);
  const mag = new Float64Array(bins);
  const s = new Float32Array(bins);
  const ss = new Float32Array(bins);
  const pos = new Int32Array(CANDIDATES);
  const score = new Float64Array(CANDIDATES);
  const list = createShsCandidateList();
  const magnitudes = createFrameRows(frames, bins);
  const aboveGate = new Uint8Array(frames);
  const candF0 = new Float32Array(frames * CANDIDATES);
  const candVoicing = new Float32Array(frames * CANDIDATES);
  for (let n = 0; n < frames; n++) {
    aboveGate[n] = windowAboveGate(signal, n * hop, window, buf, pad) ? 1 : 0;
    fft(buf, re, im);
    float32Magnitudes(re, im, mag, bins);
    if (aboveGate[n]) magnitudes.keep(n, mag);
    octaveScaleSpectrum(mag, plan, scratch, s);
    subharmonicSum(s, shs, ss);
    shsCandidates(ss, shs, RANGE, pos, score, list);
    bestFirst(list.f0Hz, list.voicing, list.score);
    // loops, not set(): a set() across element types runs outside V8's optimised code
    for (let c = 0; c < CANDIDATES; c++) {
      candF0[n * CANDIDATES + c] = list.f0Hz[c];
      candVoicing[n * CANDIDATES + c] = list.voicing[c];
    }
  }
  const smoothed = viterbiSmoothPitch(candF0, candVoicing);
  const f0Hz = smoothed.f0Hz;
  const f0Semitones = new Float32Array(frames);
  for (let n = 0; n < frames; n++) {
    if (aboveGate[n]) f0Semitones[n] = semitones(f0Hz[n]);
    else f0Hz[n] = 0;
  }
  return { frames, magnitudes, binHz, f0Hz, f0Semitones, undecidedAtEnd: smoothed.undecidedAtEnd };
}
