// The harmonics component of EGEMAPS_SPEC.md F9: HNR from the ACF of the 60 ms power spectrum
// (QUIRK HN1), 100 harmonic peaks, H1-H2 and H1-A3 (QUIRK H1: harmonic indices 1 and 2), formant
// amplitudes relative to the raw F0 peak (QUIRKs H2, H3). Only voiced frames compute anything.
import type { FrameRows } from '../frame/frame-rows.js';
import { createLagAcf, type LagAcf } from './lag-acf.js';

const f32 = Math.fround;
const HARMONICS = 100;
const UNVOICED_AMPLITUDE = -201;
const FORMANT_LOW = f32(0.8);
const FORMANT_HIGH = f32(1.2);
/** Columns of {@link HarmonicsLlds}, in the order of the raw set (F10). */
export const HARMONICS_FIELDS = ['HNRdBACF', 'logRelF0-H1-H2', 'logRelF0-H1-A3', 'F1amplitude', 'F2amplitude', 'F3amplitude'] as const;

/** `frames × 6` float32 (HNR, H1-H2, H1-A3, F1..F3 amplitudes). */
export type HarmonicsLlds = Float32Array;

/** Per-signal work buffers. */
interface Scratch {
  readonly acf: LagAcf;
  readonly bin: Int32Array;
  readonly mag: Float64Array;
  readonly freqInterp: Float64Array;
  readonly magInterp: Float64Array;
  /** Harmonics cleared as repeats of the previous one's bin (F9.2): level −201. */
  readonly repeated: Uint8Array;
  /** Harmonics searched in the current frame (the others lie above every formant's range). */
  count: number;
}

/** isPeak of F9.1 on the lazily computed ACF (its reads say which lags get computed). */
function isPeak(acf: LagAcf, n: number, k: number): boolean {
  if (k === 0) return acf.at(0) > acf.at(1);
  if (k === n - 1) return acf.at(k) > acf.at(k - 1);
  return acf.at(k) > acf.at(k - 1) && acf.at(k) > acf.at(k + 1);
}

/** isPeak of F9.2 on row `at` of a spectrum table (an array, not a closure per frame). */
function isRowPeak(m: Float32Array, at: number, n: number, k: number): boolean {
  const v = m[at + k];
  if (k === 0) return v > m[at + 1];
  if (k === n - 1) return v > m[at + k - 1];
  return v > m[at + k - 1] && v > m[at + k + 1];
}

/** closestPeak of F9.1 step 3. */
function closestPeak(acf: LagAcf, n: number, l0: number): number {
  if (isPeak(acf, n, l0)) return l0;
  for (let o = 1; l0 - o > 0 || l0 + o < n - 1; o++) {
    if (l0 - o > 0 && isPeak(acf, n, l0 - o)) return l0 - o;
    if (l0 + o < n - 1 && isPeak(acf, n, l0 + o)) return l0 + o;
  }
  const left = acf.at(0) > acf.at(l0);
  const right = acf.at(n - 1) > acf.at(l0);
  if (left && !right) return 0;
  if (!left && right) return n - 1;
  if (left && right) return l0 < (n - 1) / 2 ? 0 : n - 1;
  return l0;
}

/** HNR of F9.1 for one frame of magnitudes `m` (bins 0..n−1). */
function hnr(m: Float32Array, at: number, n: number, f0: number, binHz: number, w: Scratch): number {
  const l0 = Math.floor((2 * (n - 1) * binHz) / f0);
  if (l0 <= 0 || l0 >= n) return 0;
  const acf = w.acf;
  acf.reset(m, at);
  const lp = closestPeak(acf, n, l0);
  if (lp === 0) return 0;
  const h = acf.at(0) - acf.at(lp);
  const ratio = h === 0 ? 1e11 : acf.at(lp) / h;
  if (ratio > 1e11) return 110;
  if (ratio < 1e-9) return -90;
  return f32((10 * Math.log(ratio)) / Math.LN10);
}

/** bin() of F9.2: the bin nearest to `f` from `start` on, 0 when f lies beyond the last bin. */
function nearestBin(f: number, start: number, n: number, binHz: number): number {
  // first b ≥ start with b·Δf > f, found from the estimate f/Δf instead of a scan
  let b = Math.max(start, Math.floor(f / binHz) + 1);
  while (b > start && (b - 1) * binHz > f) b--;
  while (b < n && b * binHz <= f) b++;
  if (b >= n) return 0;
  const fb = b * binHz;
  return fb - f > f - (b - 1) * binHz ? b - 1 : b;
}

// (abscissa, value) of the last vertex; module scratch keeps the per-harmonic loop allocation-free.
const vertexOut = new Float64Array(2);

function setVertex(x: number, y: number): void {
  vertexOut[0] = x;
  vertexOut[1] = y;
}

/** Vertex of the parabola through three points with the exact F9.2 formula, into `vertexOut`. */
function vertex(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void {
  const den = x1 * x1 * x2 + x2 * x2 * x3 + x3 * x3 * x1 - x3 * x3 * x2 - x2 * x2 * x1 - x1 * x1 * x3;
  if (den !== 0) {
    const a = (y1 * x2 + y2 * x3 + y3 * x1 - y3 * x2 - y2 * x1 - y1 * x3) / den;
    if (a !== 0) {
      const b = (x1 * x1 * y2 + x2 * x2 * y3 + x3 * x3 * y1 - x3 * x3 * y2 - x2 * x2 * y1 - x1 * x1 * y3) / den;
      const c =
        (x1 * x1 * x2 * y3 + x2 * x2 * x3 * y1 + x3 * x3 * x1 * y2 - x3 * x3 * x2 * y1 - x2 * x2 * x1 * y3 - x1 * x1 * x3 * y2) / den;
      const x = -b / (2 * a);
      return setVertex(x, c - a * x * x);
    }
  }
  if (y1 > y2 && y1 > y3) return setVertex(x1, y1);
  if (y2 > y1 && y2 > y3) return setVertex(x2, y2);
  if (y3 > y1 && y3 > y2) return setVertex(x3, y3);
  setVertex(x1, y1);
}

/**
 * Harmonic peaks H[0..count) of F9.2 (their levels: {@link level}), count ≤ 100: the harmonics
 * past `maxHz` are not searched, as nothing reads them. Harmonic k's peak bin is at least the bin
 * nearest (k + ½)·F0 and its interpolated frequency lies above the bin before it, so once
 * (k + ½)·F0 − 2Δf exceeds `maxHz` neither k nor any later harmonic can lie below it.
 */
function harmonicPeaks(m: Float32Array, at: number, n: number, f0: number, binHz: number, maxHz: number, w: Scratch): void {
  let last = nearestBin(0.5 * f0, 1, n, binHz);
  const first = nearestBin(0.5 * f0, last, n, binHz);
  w.count = HARMONICS;
  for (let k = 0; k < HARMONICS; k++) {
    if (k > 2 && (k + 0.5) * f0 - 2 * binHz > maxHz) {
      w.count = k;
      break;
    }
    const c = nearestBin(f32((k + 1) * f0), last, n, binHz);
    let peak = -1;
    if (isRowPeak(m, at, n, c)) peak = c;
    else {
      let left = c - 1;
      let right = c + 1;
      const lo = nearestBin(f32((k + 0.5) * f0), last, n, binHz);
      const hi = nearestBin(f32((k + 1.5) * f0), c, n, binHz);
      while ((left >= lo || right <= hi) && peak === -1) {
        if (right <= hi) {
          if (isRowPeak(m, at, n, right)) {
            peak = right;
            break;
          }
          right++;
        }
        if (left >= lo) {
          if (isRowPeak(m, at, n, left)) {
            peak = left;
            break;
          }
          left--;
        }
      }
    }
    if (peak >= first && peak < n - 1) {
      w.bin[k] = peak;
      w.mag[k] = m[at + peak];
      vertex((peak - 1) * binHz, m[at + peak - 1], peak * binHz, m[at + peak], (peak + 1) * binHz, m[at + peak + 1]);
      w.freqInterp[k] = f32(vertexOut[0]);
      w.magInterp[k] = f32(vertexOut[1]);
    } else {
      w.bin[k] = c;
      w.mag[k] = w.freqInterp[k] = w.magInterp[k] = 0;
    }
    last = c;
  }
  w.repeated.fill(0);
  for (let k = 1; k < w.count; k++) {
    if (w.bin[k] !== w.bin[k - 1]) continue;
    w.bin[k] = 0;
    w.mag[k] = w.magInterp[k] = w.freqInterp[k] = 0;
    w.repeated[k] = 1;
  }
}

/**
 * Level L[k] of harmonic k relative to the raw F0 peak (F9.2), computed for the few harmonics
 * read (1, 2 and the formants'), not all 100: each costs a log10.
 */
function level(w: Scratch, k: number): number {
  if (k === 0) return 0;
  if (w.repeated[k]) return UNVOICED_AMPLITUDE;
  const ref = w.mag[0];
  const mi = w.magInterp[k];
  if (ref === 0) return UNVOICED_AMPLITUDE;
  return mi > 0 ? Math.max(f32(20 * (Math.log10(mi) - f32(Math.log10(ref)))), -200) : -200;
}

/** idx_q of F9.3: the harmonic within ±20 % of the formant with the largest raw magnitude, or −1. */
function formantHarmonic(formantHz: number, w: Scratch): number {
  const lo = f32(FORMANT_LOW * formantHz);
  const hi = f32(FORMANT_HIGH * formantHz);
  let best = -1;
  let max = 0;
  for (let k = 0; k < w.count; k++) {
    const f = w.freqInterp[k];
    if (f >= lo && f <= hi && w.mag[k] > max) {
      max = w.mag[k];
      best = k;
    }
  }
  return best;
}

const clamp201 = (v: number): number => Math.min(Math.max(v, -201), 201);

/**
 * HNR, H1-H2, H1-A3 and F1..F3 amplitudes of every 60 ms frame (F9).
 *
 * @param magnitudes - float32 magnitudes of the 60 ms frames, kept for every voiced frame at least.
 * @param f0Hz - energy-gated F0 per frame (0 = unvoiced).
 * @param formantHz - `frames × 3` formant frequencies of the 20 ms frames with the same index.
 * @param binHz - Δf of the 60 ms spectrum.
 */
export function harmonics(magnitudes: FrameRows, f0Hz: Float32Array, formantHz: Float32Array, binHz: number): HarmonicsLlds {
  const frames = f0Hz.length;
  const bins = magnitudes.width;
  const spectra = magnitudes.data;
  const dims = HARMONICS_FIELDS.length;
  const out = new Float32Array(frames * dims);
  const w: Scratch = {
    acf: createLagAcf(bins),
    bin: new Int32Array(HARMONICS),
    mag: new Float64Array(HARMONICS),
    freqInterp: new Float64Array(HARMONICS),
    magInterp: new Float64Array(HARMONICS),
    repeated: new Uint8Array(HARMONICS),
    count: HARMONICS,
  };
  for (let n = 0; n < frames; n++) {
    const row = n * dims;
    const f0 = f0Hz[n];
    if (!(f0 > 0)) {
      out.fill(UNVOICED_AMPLITUDE, row + 3, row + 6);
      continue;
    }
    const at = magnitudes.rowAt(n);
    out[row] = hnr(spectra, at, bins, f0, binHz, w);
    let maxHz = 0;
    for (let q = 0; q < 3; q++) maxHz = Math.max(maxHz, f32(FORMANT_HIGH * formantHz[n * 3 + q]));
    harmonicPeaks(spectra, at, bins, f0, binHz, maxHz, w);
    const l1 = level(w, 1);
    out[row + 1] = clamp201(f32(l1 - level(w, 2)));
    for (let q = 0; q < 3; q++) {
      const idx = formantHarmonic(formantHz[n * 3 + q], w);
      const lq = idx >= 0 ? level(w, idx) : 0;
      out[row + 3 + q] = lq;
      if (q === 2) out[row + 2] = clamp201(idx >= 0 ? f32(l1 - lq) : f32(l1 - 201));
    }
  }
  return out;
}
