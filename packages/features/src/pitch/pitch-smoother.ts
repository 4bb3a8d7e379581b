// One-frame-lookahead pitch post-smoother of IS10_SPEC.md §5.3, with QUIRK P1 (1-frame delay:
// frame 0 is swallowed, so K = N60 − 1 outputs). openSMILE runs two identical, independent
// instances on the same candidates; they give identical outputs, so one pass yields all three.
const f32 = Math.fround;
const VOICING_THRESHOLD = 0.7;

/** Smoothed pitch contours, K = frames − 1 values each (float32). */
export interface SmoothedPitch {
  /** F0final (Hz, 0 = unvoiced), instance #2 → lld2 and jitter. */
  readonly f0Final: Float32Array;
  /** F0finEnv (Hz), instance #1 → lld1. */
  readonly f0Envelope: Float32Array;
  /** voicingFinalUnclipped, instance #1 → lld1. */
  readonly voicing: Float32Array;
}

/** Octave-jump state update of §5.3 (the `dbl`/`hlv` rules); returns the new (prev, onsO). */
function octaveRule(prev: number, p: number, ons: number, onsO: number): [number, number] {
  let dbl = false;
  let hlv = false;
  if (prev > 0 && p > 0) {
    const r = prev / p;
    hlv = r > 1.2;
    dbl = !hlv && r < 0.8;
  }
  if (dbl && onsO === -1) prev = p;
  else if (hlv && onsO === 1) prev = p;
  if (dbl) onsO = 1;
  if (hlv && ons === 0) onsO = -1;
  if (!(dbl || hlv)) onsO = 0;
  return [prev, onsO];
}

/**
 * Runs the §5.3 smoother over per-frame best candidates.
 *
 * @param f0Candidate - best SHS candidate per 60 ms frame (Hz), N60 values.
 * @param voicing - its voicing probability per frame, N60 values.
 * @returns K = N60 − 1 outputs; output j describes frame j (output 0 is always 0).
 * @example smoothPitch(f0, v).f0Final
 */
export function smoothPitch(f0Candidate: Float32Array, voicing: Float32Array): SmoothedPitch {
  const k = Math.max(f0Candidate.length - 1, 0);
  const f0Final = new Float32Array(k);
  const f0Envelope = new Float32Array(k);
  const voicingOut = new Float32Array(k);
  let prev = 0;
  let ons = 0;
  let onsO = 0;
  let lastV = 0;
  let env = 0;
  for (let t = 1; t < f0Candidate.length; t++) {
    const p = voicing[t] > VOICING_THRESHOLD ? f0Candidate[t] : 0;
    voicingOut[t - 1] = lastV;
    lastV = voicing[t];
    if (prev === 0 && p > 0) ons = 1;
    if (prev > 0 && p === 0 && ons === 0) ons = -1;
    if (prev > 0 && p > 0) ons = 0;
    if (prev === 0 && p === 0) ons = 0;
    if (p === 0 && ons === 1) prev = 0;
    else if (p > 0 && ons === -1) prev = p;
    [prev, onsO] = octaveRule(prev, p, ons, onsO);
    const out = prev;
    prev = p;
    if (out > 0) env = env === 0 ? out : f32(0.75 * env + 0.25 * out);
    f0Final[t - 1] = out;
    f0Envelope[t - 1] = env;
  }
  return { f0Final, f0Envelope, voicing: voicingOut };
}
