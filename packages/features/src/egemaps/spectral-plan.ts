// Per-rate constants of the eGeMAPS 20 ms branch (EGEMAPS_SPEC.md E3–E9, E12): frame sizes, bin
// axis, mel bank, equal-loudness weights, slope band edges, flux range, MFCC tables.
import { nextPowerOfTwo } from '../frame/frame-signal.js';
import { float32Window, hammingWindow } from '../frame/windows.js';
import { hzToMel, melFilterbank, type MelFilterbank } from '../spectral/mel-filterbank.js';

const f32 = Math.fround;
export const MEL_BANDS = 26;
export const MFCC_COUNT = 4;
const MEL_LO_HZ = 20;
const MEL_HI_HZ = 8000;
const BAND_LIMIT_HZ = 5000;
const LIFTER = 22;

/** A slope band [lo, hi] Hz mapped onto bins (E7.3). */
export interface SlopeBand {
  readonly first: number;
  readonly last: number;
  readonly weightFirst: number;
  readonly weightLast: number;
  /** QUIRK S1: the "N" of the normal equations is last − first, one less than the point count. */
  readonly count: number;
}

export interface SpectralPlan {
  readonly frameSamples: number;
  readonly hopSamples: number;
  readonly fftSize: number;
  readonly bins: number;
  readonly binHz: number;
  readonly window: Float64Array;
  readonly bank: MelFilterbank;
  /** Equal-loudness weight per mel band (E6). */
  readonly loudnessWeight: Float32Array;
  /** Last bin with f_b ≤ 5000 Hz (alpha ratio, Hammarberg: E7.1, E7.2). */
  readonly bandLimitBin: number;
  /** Last bin below 1000 / 2000 Hz (E7.1 / E7.2). */
  readonly alphaSplitBin: number;
  readonly hammarbergSplitBin: number;
  readonly slopes: readonly [SlopeBand, SlopeBand];
  /** Flux bins 0..fluxBins−1 (f_b < 5000 Hz, E8). */
  readonly fluxBins: number;
  /** f32(cos(π·(i/26)·(k + 0.5))), i = 1..4, row-major (E9). */
  readonly dctCos: Float32Array;
  /** f32(lift_i·g) per coefficient (E9). */
  readonly dctScale: Float32Array;
}

/** Equal-loudness curve of E6 (QUIRK: ω⁷ + 1.7e31, scale 1e32). */
function equalLoudness(hz: number): number {
  const w = 2 * Math.PI * hz;
  const w2 = w * w;
  const q = w2 + 6.3e6;
  return (1e32 * (w2 + 56.8e6) * w2 * w2) / (q * q * (w2 + 0.38e9) * (w2 * w2 * w2 * w + 1.7e31));
}

/** Band centre frequencies from the float32 mel centres C[k+1] (E5 step 2, E6). */
function loudnessWeights(hiHz: number): Float32Array {
  const lo = f32(hzToMel(MEL_LO_HZ));
  const hi = f32(hzToMel(hiHz));
  const step = f32((hi - lo) / (MEL_BANDS + 1));
  return Float32Array.from({ length: MEL_BANDS }, (_, k) => {
    const centre = f32(lo + f32((k + 1) * step));
    return f32(equalLoudness(700 * (Math.exp(centre / 1127) - 1)));
  });
}

/** Edge mapping of E7.3 for the band [lo, hi] Hz on bins f_b = b·Δf. */
function slopeBand(lo: number, hi: number, binHz: number, bins: number): SlopeBand {
  const f = (b: number) => b * binHz;
  let i = 0;
  while (i < bins && f(i) <= lo) i++;
  let weightFirst = i > 0 && i < bins ? (f(i) - lo) / (f(i) - f(i - 1)) : 1;
  const first = Math.max(i - 1, 0);
  const hi32 = f32(hi);
  i = 0;
  while (i < bins && f(i) < hi32) i++;
  let weightLast = i > 0 && i < bins ? (hi - f(i - 1)) / (f(i) - f(i - 1)) : 1;
  const last = Math.min(i < bins && f(i) === hi ? i : i - 1, bins - 1);
  if (weightFirst === 0) weightFirst = 1;
  if (weightLast === 0) weightLast = 1;
  return { first, last, weightFirst, weightLast, count: last - first };
}

/** Last bin b (≤ bins − 1) with f_b satisfying `keep`, scanning up from 0. */
function lastBin(bins: number, binHz: number, keep: (hz: number) => boolean): number {
  let b = 0;
  while (b + 1 < bins && keep((b + 1) * binHz)) b++;
  return b;
}

const plans = new Map<number, SpectralPlan>();

/** The plan of `sampleRateHz` (cached). */
export function spectralPlan(sampleRateHz: number): SpectralPlan {
  let plan = plans.get(sampleRateHz);
  if (plan !== undefined) return plan;
  const frameSamples = Math.round(0.02 * sampleRateHz);
  const hopSamples = Math.round(0.01 * sampleRateHz);
  const fftSize = nextPowerOfTwo(frameSamples);
  const bins = fftSize / 2 + 1;
  const binHz = 1 / ((frameSamples / sampleRateHz) * (fftSize / frameSamples));
  const g = f32(Math.sqrt(2 / MEL_BANDS));
  const dctCos = new Float32Array(MFCC_COUNT * MEL_BANDS);
  const dctScale = new Float32Array(MFCC_COUNT);
  for (let i = 1; i <= MFCC_COUNT; i++) {
    for (let k = 0; k < MEL_BANDS; k++) dctCos[(i - 1) * MEL_BANDS + k] = Math.cos(Math.PI * (i / MEL_BANDS) * (k + 0.5));
    const lift = f32(1 + f32((LIFTER / 2) * f32(Math.sin(f32(f32(Math.PI) * i) / LIFTER))));
    dctScale[i - 1] = f32(lift * g);
  }
  plan = {
    frameSamples,
    hopSamples,
    fftSize,
    bins,
    binHz,
    window: float32Window(hammingWindow(frameSamples)),
    bank: melFilterbank({ bands: MEL_BANDS, loHz: MEL_LO_HZ, hiHz: MEL_HI_HZ, fftSize, binHz, sampleRateHz }),
    loudnessWeight: loudnessWeights(Math.min(MEL_HI_HZ, sampleRateHz / 2)),
    bandLimitBin: lastBin(bins, binHz, (hz) => hz <= BAND_LIMIT_HZ),
    alphaSplitBin: lastBin(bins, binHz, (hz) => hz < 1000),
    hammarbergSplitBin: lastBin(bins, binHz, (hz) => hz < 2000),
    slopes: [slopeBand(0, 500, binHz, bins), slopeBand(500, 1500, binHz, bins)],
    fluxBins: lastBin(bins, binHz, (hz) => hz < BAND_LIMIT_HZ) + 1,
    dctCos,
    dctScale,
  };
  plans.set(sampleRateHz, plan);
  return plan;
}
