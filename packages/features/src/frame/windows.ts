// Analysis windows of IS10_SPEC.md §3.3 (gain 1, no offset, symmetric: divides by M − 1).

const hammingCache = new Map<number, Float64Array>();
const gaussianCache = new Map<string, Float64Array>();

/**
 * Symmetric Hamming window `w[i] = 0.54 − 0.46·cos(2πi/(M−1))`, i = 0..M−1 (§3.3).
 * Cached per length: the returned array is shared, never write to it.
 *
 * @param lengthSamples - window length M ≥ 1 (M = 1 gives [1]).
 * @example hammingWindow(400)[0] // 0.08
 */
export function hammingWindow(lengthSamples: number): Float64Array {
  let w = hammingCache.get(lengthSamples);
  if (w === undefined) {
    w = new Float64Array(lengthSamples);
    const denom = lengthSamples - 1;
    for (let i = 0; i < lengthSamples; i++) {
      w[i] = denom === 0 ? 1 : 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / denom);
    }
    hammingCache.set(lengthSamples, w);
  }
  return w;
}

/**
 * Symmetric Gaussian window `w[i] = exp(−0.5·((i − (M−1)/2) / (σ·(M−1)/2))²)` (§3.3;
 * IS10 uses σ = 0.25). Cached per (M, σ): the returned array is shared, never write to it.
 *
 * @param lengthSamples - window length M ≥ 1 (M = 1 gives [1]).
 * @param sigma - standard deviation relative to half the window length (> 0).
 * @example gaussianWindow(960, 0.25)
 */
export function gaussianWindow(lengthSamples: number, sigma: number): Float64Array {
  const key = `${lengthSamples}:${sigma}`;
  let w = gaussianCache.get(key);
  if (w === undefined) {
    w = new Float64Array(lengthSamples);
    const centre = (lengthSamples - 1) / 2;
    for (let i = 0; i < lengthSamples; i++) {
      const z = centre === 0 ? 0 : (i - centre) / (sigma * centre);
      w[i] = Math.exp(-0.5 * z * z);
    }
    gaussianCache.set(key, w);
  }
  return w;
}

const float32Cache = new WeakMap<Float64Array, Float64Array>();

/**
 * The window with every value rounded to float32, as openSMILE stores it before the float32
 * product `f32(x·f32(w))` (EGEMAPS_SPEC.md E3.2, F2.1). Cached per window; never write to it.
 */
export function float32Window(window: Float64Array): Float64Array {
  let w = float32Cache.get(window);
  if (w === undefined) {
    w = window.map(Math.fround);
    float32Cache.set(window, w);
  }
  return w;
}
