// The 20 ms branch of EGEMAPS_SPEC.md part E: per frame Loudness, alphaRatio, hammarbergIndex,
// slope0-500, slope500-1500, spectralFlux, mfcc1..4 (E6–E9), the mean-square energy behind Leq
// (E10), and the float32 complex spectrum the formants need (F2.3). At 16 kHz (512-point FFT) the
// spectrum is openSMILE's own: Ooura's rdft in float32, bit for bit (F2.3); other sizes use the
// float64 FFT rounded to float32, which matches every LLD here but the formants (F12.4).
import { createFrameRows, type FrameRows } from '../frame/frame-rows.js';
import { copyFramePadded, frameCount } from '../frame/frame-signal.js';
import { createRealFft, type RealFft } from '../spectral/fft.js';
import { float32Magnitudes } from '../spectral/float32-spectrum.js';
import { applyMelFilterbank } from '../spectral/mel-filterbank.js';
import { createOouraRdftF32, OOURA_RDFT_SIZE } from '../spectral/ooura-rdft-f32.js';
import { MEL_BANDS, MFCC_COUNT, spectralPlan, type SlopeBand, type SpectralPlan } from './spectral-plan.js';

const f32 = Math.fround;
/** Columns of {@link SpectralLlds.data}, in the order of the raw set (E11.1). */
export const SPECTRAL_LLD_NAMES = [
  'Loudness',
  'alphaRatio',
  'hammarbergIndex',
  'slope0-500',
  'slope500-1500',
  'spectralFlux',
  'mfcc1',
  'mfcc2',
  'mfcc3',
  'mfcc4',
] as const;
const DIMS = SPECTRAL_LLD_NAMES.length;
const LOUDNESS_FLOOR = f32(9.3e-10);
const LOUDNESS_EXPONENT = f32(0.33);
const SPEC_FLOOR = f32(f32(1e-7) * f32(1e-7));
const LOG_SPEC_FLOOR = f32((10 * Math.log(SPEC_FLOOR)) / Math.LN10);
const DB = f32(10 / Math.LN10);
const HTK_SCALE = f32(32767 * 32767);

/** Raw 20 ms LLDs of one signal. */
export interface SpectralLlds {
  /** N20 frames. */
  readonly frames: number;
  /** `frames × 10` float32, columns {@link SPECTRAL_LLD_NAMES}. */
  readonly data: Float32Array;
  /** Mean square of each raw frame (E10). */
  readonly energy: Float32Array;
  /** Float32 FFT outputs R_b, I_b (formant input, F2.3) of the frames asked for, kept in step. */
  readonly re: FrameRows;
  readonly im: FrameRows;
  readonly plan: SpectralPlan;
}

/** Work buffers of one signal's loop. */
interface Scratch {
  readonly padded: Float64Array;
  readonly re: Float64Array;
  readonly im: Float64Array;
  readonly mag: Float64Array;
  readonly prevMag: Float64Array;
  readonly power: Float64Array;
  readonly db: Float64Array;
  readonly bands: Float64Array;
}

/** Mean square of the raw samples [start, start + length) (E10). */
function meanSquare(signal: Float32Array, start: number, length: number): number {
  let s = 0;
  for (let i = start; i < start + length; i++) s += f32(signal[i] * signal[i]);
  return f32(s / length);
}

function loudness(plan: SpectralPlan, bands: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < MEL_BANDS; k++) {
    const y = f32(Math.max(bands[k], LOUDNESS_FLOOR) * plan.loudnessWeight[k]);
    sum = f32(sum + f32(Math.pow(y, LOUDNESS_EXPONENT)));
  }
  return f32(sum / MEL_BANDS);
}

/** 10·log10 of a float32 ratio with float32 ln (E7.1/E7.2), or the floor variant. */
function ratioDb(num: number, den: number): number {
  if (num > SPEC_FLOOR) return f32((10 * f32(Math.log(f32(num / den)))) / Math.LN10);
  return f32((10 * (Math.log(SPEC_FLOOR) - Math.log(den))) / Math.LN10);
}

function alphaRatio(plan: SpectralPlan, power: Float64Array): number {
  let low = 0;
  let high = 0;
  for (let b = 0; b <= plan.bandLimitBin; b++) {
    if (b <= plan.alphaSplitBin) low = f32(low + power[b]);
    else high = f32(high + power[b]);
  }
  return low > 0 ? ratioDb(high, low) : 0;
}

function hammarbergIndex(plan: SpectralPlan, power: Float64Array): number {
  let low = 0;
  let high = 0;
  for (let b = 0; b <= plan.bandLimitBin; b++) {
    if (b <= plan.hammarbergSplitBin) low = Math.max(low, power[b]);
    else high = Math.max(high, power[b]);
  }
  return high > 0 ? ratioDb(low, high) : 0;
}

/** QUIRK S1 regression of E7.3 on the dB spectrum. */
function slope(band: SlopeBand, binHz: number, db: Float64Array): number {
  const { first, last, weightFirst: wL, weightLast: wR, count } = band;
  let sf = first * binHz * wL;
  let s2f = sf * sf;
  let sa = sf * db[first];
  let sb = wL * db[first];
  for (let b = first + 1; b < last; b++) {
    const f = b * binHz;
    s2f += f * f;
    sf += f;
    sa += f * db[b];
    sb += db[b];
  }
  const fr = last * binHz * wR;
  s2f += fr * fr;
  sf += fr;
  sa += fr * db[last];
  sb += wR * db[last];
  const den = count * s2f - sf * sf;
  return den !== 0 ? f32((count * sa - sf * sb) / den) : 0;
}

function flux(plan: SpectralPlan, mag: Float64Array, prev: Float64Array, first: boolean): number {
  if (first) return 0;
  let v = 0;
  for (let b = 0; b < plan.fluxBins; b++) {
    const d = mag[b] - prev[b];
    v += d * d;
  }
  v /= plan.fluxBins;
  return v > 0 ? f32(Math.sqrt(v)) : 0;
}

function mfcc(plan: SpectralPlan, bands: Float64Array, out: Float32Array, at: number): void {
  for (let k = 0; k < MEL_BANDS; k++) {
    const e = f32(bands[k] * HTK_SCALE);
    bands[k] = e >= 1 ? f32(Math.log(e)) : 0;
  }
  for (let i = 0; i < MFCC_COUNT; i++) {
    let acc = 0;
    for (let k = 0; k < MEL_BANDS; k++) acc = f32(acc + f32(bands[k] * plan.dctCos[i * MEL_BANDS + k]));
    out[at + i] = f32(acc * plan.dctScale[i]);
  }
}

function frameLlds(plan: SpectralPlan, w: Scratch, n: number, out: Float32Array): void {
  const row = n * DIMS;
  const { power, db, bands } = w;
  const dbBins = plan.slopes[1].last + 1;
  for (let b = 0; b < plan.bins; b++) power[b] = f32(w.mag[b] * w.mag[b]);
  for (let b = 0; b < dbBins; b++) db[b] = power[b] <= SPEC_FLOOR ? LOG_SPEC_FLOOR : f32(DB * f32(Math.log(power[b])));
  applyMelFilterbank(plan.bank, power, bands);
  for (let k = 0; k < MEL_BANDS; k++) bands[k] = f32(bands[k]);
  out[row] = loudness(plan, bands);
  out[row + 1] = alphaRatio(plan, power);
  out[row + 2] = hammarbergIndex(plan, power);
  out[row + 3] = slope(plan.slopes[0], plan.binHz, db);
  out[row + 4] = slope(plan.slopes[1], plan.binHz, db);
  out[row + 5] = flux(plan, w.mag, w.prevMag, n === 0);
  mfcc(plan, bands, out, row + 6);
}

/** openSMILE's float32 FFT where it is ported (F2.3), unpacked to R_b, I_b of bins 0..size/2. */
function twentyMsFft(size: number): RealFft {
  if (size !== OOURA_RDFT_SIZE) return createRealFft(size);
  const rdft = createOouraRdftF32(size);
  const a = new Float32Array(size);
  const half = size / 2;
  return (input, re, im) => {
    // a loop, not a.set(input): across element types V8 converts outside the JIT
    for (let i = 0; i < size; i++) a[i] = input[i];
    rdft(a);
    re[0] = a[0];
    im[0] = 0;
    re[half] = a[1];
    im[half] = 0;
    for (let b = 1; b < half; b++) {
      re[b] = a[2 * b];
      im[b] = a[2 * b + 1];
    }
  };
}

/**
 * The raw 20 ms LLDs (E11.1) and the Leq energies of every complete frame, and the float32 spectra
 * of frames n with keepSpectrum[n] ≠ 0 (of every frame when it is omitted).
 * @example spectralLlds(x, 16000).data[n * 10] // Loudness of frame n
 */
export function spectralLlds(signal: Float32Array, sampleRateHz: number, keepSpectrum?: Uint8Array): SpectralLlds {
  const plan = spectralPlan(sampleRateHz);
  const frames = frameCount(signal.length, plan.frameSamples, plan.hopSamples);
  const fft = twentyMsFft(plan.fftSize);
  const bins = plan.bins;
  const w: Scratch = {
    padded: new Float64Array(plan.fftSize),
    re: new Float64Array(bins),
    im: new Float64Array(bins),
    mag: new Float64Array(bins),
    prevMag: new Float64Array(bins),
    power: new Float64Array(bins),
    db: new Float64Array(bins),
    bands: new Float64Array(MEL_BANDS),
  };
  const data = new Float32Array(frames * DIMS);
  const energy = new Float32Array(frames);
  const kept = keepSpectrum === undefined ? frames : keepSpectrum.reduce((count, k) => count + (k ? 1 : 0), 0);
  const re = createFrameRows(frames, bins, kept);
  const im = createFrameRows(frames, bins, kept);
  for (let n = 0; n < frames; n++) {
    energy[n] = meanSquare(signal, n * plan.hopSamples, plan.frameSamples);
    copyFramePadded(signal, n, plan.hopSamples, plan.window, w.padded, true);
    fft(w.padded, w.re, w.im);
    float32Magnitudes(w.re, w.im, w.mag, bins);
    // a Float32Array store rounds to float32: these are R_b, I_b as openSMILE keeps them
    if (keepSpectrum === undefined || keepSpectrum[n]) {
      re.keep(n, w.re);
      im.keep(n, w.im);
    }
    frameLlds(plan, w, n, data);
    w.prevMag.set(w.mag);
  }
  return { frames, data, energy, re, im, plan };
}
