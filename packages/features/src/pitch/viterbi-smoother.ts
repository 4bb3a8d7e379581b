// Viterbi pitch smoother of EGEMAPS_SPEC.md F5 (QUIRKs V1–V4): 6 candidate states + "unvoiced",
// path decisions by convergence (or forced after 40 undecided frames), flush at end of input.

const f32 = Math.fround;
const STATES = 7;
const UNVOICED = 6;
const BUFFER = 40;
const W_LOCAL = 2;
const W_TVV = 10;
// QUIRK V1: the configured 5.0 is replaced by wTvv.
const W_TVVD = 10;
const W_TVUV = 10;
const W_THR = 4;
const W_RANGE = 1;
const VOICING_CUTOFF = f32(0.7);

/** Output of {@link viterbiSmoothPitch}. */
export interface ViterbiPitch {
  /** F0final per frame (Hz, 0 = unvoiced), one per input frame. */
  readonly f0Hz: Float32Array;
  /** Frames still undecided after the last input frame, before the flush (EGEMAPS_SPEC G2 "P", ≥ 1). */
  readonly undecidedAtEnd: number;
}

/** Frequency weight fw(f) of F5.2. */
function frequencyWeight(f: number): number {
  if (f <= 0) return 2;
  if (f < 100) return 1 - f / 100;
  if (f < 350) return 0;
  if (f < 600) return (f - 350) / 250;
  return 1.2;
}

function localCost(f0: Float32Array, voicing: Float32Array, row: number, s: number): number {
  if (s === UNVOICED) {
    for (let k = 0; k < UNVOICED; k++) if (voicing[row + k] >= VOICING_CUTOFF) return W_LOCAL * W_THR;
    return 0;
  }
  const pv = Math.min(Math.max(voicing[row + s], 0.01), 1);
  const thr = pv < VOICING_CUTOFF ? W_THR : 0;
  return (-Math.log(pv) + thr) * W_LOCAL + frequencyWeight(f0[row + s]) * W_RANGE;
}

/**
 * Smooths per-frame candidate lists (6 slots each, best score in slot 0) into one F0 track.
 * The transition cost carries one `lastChange` across every evaluation (QUIRK V3), so the loop
 * order of F5.3 is reproduced exactly.
 *
 * @param f0 - `frames × 6` candidate frequencies (Hz, 0 = empty slot), row-major.
 * @param voicing - `frames × 6` candidate voicing probabilities.
 * @example viterbiSmoothPitch(f0, voicing).f0Hz
 */
export function viterbiSmoothPitch(f0: Float32Array, voicing: Float32Array): ViterbiPitch {
  const frames = f0.length / UNVOICED;
  const out = new Float32Array(frames);
  let cost = new Float64Array(STATES);
  let next = new Float64Array(STATES);
  let path = new Int32Array(STATES * BUFFER);
  let nextPath = new Int32Array(STATES * BUFFER);
  const best = new Int32Array(frames);
  let lastChange = 1;
  let decided = -1;

  for (let t = 0; t < frames; t++) {
    const row = t * UNVOICED;
    const slot = t % BUFFER;
    if (t === 0) {
      for (let s = 0; s < STATES; s++) {
        cost[s] = localCost(f0, voicing, row, s);
        path[s * BUFFER] = s;
      }
    } else {
      const prevRow = row - UNVOICED;
      for (let i = 0; i < STATES; i++) {
        let m = Infinity;
        let arg = 0;
        for (let j = 0; j < STATES; j++) {
          // transition cost of F5.3 from state j to state i, inline: it reads and sets the one
          // `lastChange` (QUIRK V3), which as a closure's variable was boxed on every write
          let step: number;
          if (i === UNVOICED && j === UNVOICED) step = 1;
          else if (i < UNVOICED && j < UNVOICED) {
            const a = f0[prevRow + j];
            const b = f0[row + i];
            if (a === 0 || b === 0) step = 999;
            else {
              const r = Math.log(f32(b / a));
              step = W_TVV * Math.abs(r) + W_TVVD * Math.abs(r - lastChange);
              lastChange = r;
            }
          } else {
            lastChange = 0;
            step = W_TVUV;
          }
          const c = step + cost[j];
          if (j === 0 || c < m) {
            m = c;
            arg = j;
          }
        }
        next[i] = m + localCost(f0, voicing, row, i);
        for (let k = 0; k < BUFFER; k++) nextPath[i * BUFFER + k] = path[arg * BUFFER + k];
        nextPath[i * BUFFER + slot] = i;
      }
      [cost, next] = [next, cost];
      [path, nextPath] = [nextPath, path];
    }
    const added = t + 1;
    // QUIRK V4: once 40 frames are undecided, every later frame is decided by force (P − C stays 41).
    if (added - decided > BUFFER) {
      decided++;
      best[decided] = path[cheapest(cost) * BUFFER + (decided % BUFFER)];
    } else {
      for (let n = decided + 1; n < added; n++) {
        const s0 = path[n % BUFFER];
        let agree = true;
        for (let s = 1; s < STATES && agree; s++) agree = path[s * BUFFER + (n % BUFFER)] === s0;
        if (!agree) break;
        decided++;
        best[decided] = s0;
      }
    }
  }
  const undecidedAtEnd = frames - (decided + 1);
  const s = cheapest(cost);
  for (let n = decided + 1; n < frames; n++) best[n] = path[s * BUFFER + (n % BUFFER)];
  for (let n = 0; n < frames; n++) out[n] = best[n] < UNVOICED ? f0[n * UNVOICED + best[n]] : 0;
  return { f0Hz: out, undecidedAtEnd };
}

/** State with the lowest cost (strict <, lowest index on ties). */
function cheapest(cost: Float64Array): number {
  let s = 0;
  for (let i = 1; i < STATES; i++) if (cost[i] < cost[s]) s = i;
  return s;
}
