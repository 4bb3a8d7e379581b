// Framing and symmetric zero padding of IS10_SPEC.md §1, §3.1, §3.4 and §9.

/**
 * Number of complete frames: `floor((N − frameSamples)/hopSamples) + 1`, or 0 when the
 * signal is shorter than one frame (a trailing partial frame is dropped, §1).
 *
 * @example frameCount(52853, 400, 160) // 328
 */
export function frameCount(signalLength: number, frameSamples: number, hopSamples: number): number {
  if (signalLength < frameSamples) return 0;
  return Math.floor((signalLength - frameSamples) / hopSamples) + 1;
}

/** Smallest power of two ≥ `n` (n ≥ 1). @example nextPowerOfTwo(400) // 512 */
export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/**
 * Zeros placed before a frame of `frameSamples` inside an FFT buffer of `fftSize`:
 * `floor((fftSize − frameSamples)/2)` (§3.4 "symmetric" padding; 56 for 400 → 512).
 */
export function symmetricPadding(frameSamples: number, fftSize: number): number {
  return Math.floor((fftSize - frameSamples) / 2);
}

/**
 * Copies frame `frameIndex` (samples `[n·hop, n·hop + frameSamples)`) into `out[0..frameSamples)`.
 * The caller guarantees the frame lies inside the signal.
 */
export function copyFrame(signal: Float32Array, frameIndex: number, frameSamples: number, hopSamples: number, out: Float64Array): void {
  const start = frameIndex * hopSamples;
  for (let i = 0; i < frameSamples; i++) out[i] = signal[start + i];
}

/**
 * Writes `frame[i]·window[i]` (or `frame[i]` when `window` is null), i < frame length M,
 * into `out` at offset `symmetricPadding(M, out.length)` and zeros everywhere else (§3.4).
 *
 * @param frame - M samples (only the first `window.length` are read when a window is given).
 * @param window - length-M window or null.
 * @param out - FFT input buffer, length Nfft ≥ M.
 * @param frameSamples - M; defaults to `frame.length`.
 */
export function padFrame(frame: Float64Array, window: Float64Array | null, out: Float64Array, frameSamples: number = frame.length): void {
  const pad = symmetricPadding(frameSamples, out.length);
  out.fill(0, 0, pad);
  if (window === null) {
    for (let i = 0; i < frameSamples; i++) out[pad + i] = frame[i];
  } else {
    for (let i = 0; i < frameSamples; i++) out[pad + i] = frame[i] * window[i];
  }
  out.fill(0, pad + frameSamples);
}

/**
 * Frame `frameIndex` of `signal`, multiplied by `window` (length = frame size M), symmetrically
 * zero-padded into `out` (length Nfft): the FFT input of §3.4 in one call (used by the 60 ms
 * branches of both sets and the eGeMAPS 20 ms branch; the IS10 25 ms branch pre-emphasises first
 * and uses copyFrame + padFrame).
 * With `float32Product` each sample is openSMILE's float32 product `f32(x·w)` (eGeMAPS,
 * EGEMAPS_SPEC.md F2.1; `window` then holds float32 values, see float32Window).
 */
export function copyFramePadded(
  signal: Float32Array,
  frameIndex: number,
  hopSamples: number,
  window: Float64Array,
  out: Float64Array,
  float32Product = false,
): void {
  const frameSamples = window.length;
  const pad = symmetricPadding(frameSamples, out.length);
  const start = frameIndex * hopSamples;
  out.fill(0, 0, pad);
  if (float32Product) for (let i = 0; i < frameSamples; i++) out[pad + i] = Math.fround(signal[start + i] * window[i]);
  else for (let i = 0; i < frameSamples; i++) out[pad + i] = signal[start + i] * window[i];
  out.fill(0, pad + frameSamples);
}
