// Triangular mel filter bank of IS10_SPEC.md §4.2 step 2–3 (also §4.3): mel(f) = 1127·ln(1 + f/700),
// M bands between lo and hi with M + 2 equally spaced mel points C[0..M+1], peak height 1, no area
// normalisation. Each bin bLo < b < bHi splits its power between the two bands around it.

/** Geometry of a filter bank. */
export interface MelFilterbankSpec {
  readonly bands: number;
  readonly loHz: number;
  readonly hiHz: number;
  /** FFT size (Nfft); bins 0..Nfft/2. */
  readonly fftSize: number;
  /** Bin spacing Δf in Hz (§9: openSMILE uses frameSamples / (frameSeconds·Nfft)). */
  readonly binHz: number;
  readonly sampleRateHz: number;
}

/** A built filter bank: per contributing bin, the lower band index and its weight. */
export interface MelFilterbank {
  readonly bands: number;
  /** First and one-past-last contributing bin. */
  readonly firstBin: number;
  readonly endBin: number;
  /** Band j − 2 for bin firstBin + q (−1 if none); the upper band is lowerBand + 1 (if < bands). */
  readonly lowerBand: Int32Array;
  /** Weight w of the lower band; the upper band gets 1 − w. */
  readonly lowerWeight: Float64Array;
}

/** mel(f) = 1127·ln(1 + f/700) (§4.2; mel(0) = 0). */
export function hzToMel(hz: number): number {
  return 1127 * Math.log(1 + hz / 700);
}

const cache = new Map<string, MelFilterbank>();

function edges(spec: MelFilterbankSpec): { lo: number; hi: number } {
  const hi = Math.min(spec.hiHz, spec.sampleRateHz / 2);
  const lo = spec.loHz < 0 || spec.loHz > spec.sampleRateHz / 2 || spec.loHz > hi ? 0 : spec.loHz;
  return { lo, hi };
}

function build(spec: MelFilterbankSpec): MelFilterbank {
  const { bands, binHz } = spec;
  const { lo, hi } = edges(spec);
  const melLo = hzToMel(lo);
  const step = (hzToMel(hi) - melLo) / (bands + 1);
  const centres = new Float64Array(bands + 2);
  for (let m = 0; m <= bands + 1; m++) centres[m] = melLo + m * step;
  const maxBin = spec.fftSize / 2 + 1;
  const bLo = Math.min(Math.max(Math.round(lo / binHz), 0), maxBin);
  const bHi = Math.min(Math.max(Math.round(hi / binHz), 0), maxBin);
  const firstBin = bLo + 1;
  const endBin = Math.max(bHi, firstBin);
  const lowerBand = new Int32Array(endBin - firstBin);
  const lowerWeight = new Float64Array(endBin - firstBin);
  for (let b = firstBin; b < endBin; b++) {
    const mu = hzToMel(b * binHz);
    let j = 1;
    while (j < bands + 1 && centres[j] < mu) j++;
    lowerBand[b - firstBin] = j - 2;
    lowerWeight[b - firstBin] = (centres[j] - mu) / (centres[j] - centres[j - 1]);
  }
  return { bands, firstBin, endBin, lowerBand, lowerWeight };
}

/**
 * Builds (and caches per geometry) the triangular mel filter bank of §4.2.
 * @example melFilterbank({ bands: 26, loHz: 20, hiHz: 8000, fftSize: 512, binHz: 31.25, sampleRateHz: 16000 })
 */
export function melFilterbank(spec: MelFilterbankSpec): MelFilterbank {
  const key = `${spec.bands}:${spec.loHz}:${spec.hiHz}:${spec.fftSize}:${spec.binHz}:${spec.sampleRateHz}`;
  let bank = cache.get(key);
  if (bank === undefined) {
    bank = build(spec);
    cache.set(key, bank);
  }
  return bank;
}

/**
 * Band energies E_k = Σ weight·P_b of a power spectrum (§4.2 step 3).
 * @param power - P_b for bins 0..Nfft/2.
 * @param out - receives `bank.bands` energies.
 */
export function applyMelFilterbank(bank: MelFilterbank, power: Float64Array, out: Float64Array): void {
  const { bands, firstBin, endBin, lowerBand, lowerWeight } = bank;
  out.fill(0, 0, bands);
  for (let b = firstBin; b < endBin; b++) {
    const q = b - firstBin;
    const k = lowerBand[q];
    const w = lowerWeight[q];
    const p = power[b];
    if (k >= 0) out[k] += w * p;
    if (k + 1 < bands) out[k + 1] += (1 - w) * p;
  }
}
