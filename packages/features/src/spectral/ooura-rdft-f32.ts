// Takuya Ooura's split-radix real FFT `rdft(n, isgn = 1, a, ip, w)` from his public-domain FFT
// package (`fftsg.c`), ported to TypeScript for n = 512 only, in the float32 variant
// EGEMAPS_SPEC.md F2.3 requires: every `double` of fftsg.c replaced by float32 (Float32Array
// storage, Math.fround after each + − × ÷, no fused operations), including the twiddle tables of
// makewt/makect (angles formed in float32, cos/sin evaluated in double and rounded). openSMILE's
// 20 ms eGeMAPS spectrum is this FFT, and the order-11 formant LPC reproduces only with its exact
// bits (F12.4). Ported are the routines rdft(512, +1) runs: makewt, makect, cftfsub → cftf1st,
// cftleaf (n = 512, isplt = 1) → cftmdl1, cftmdl2, cftf161, cftf162, the bit reversal (bitrv2, a
// pure permutation, here a table) and rftfsub. Other sizes use the float64 FFT (fft.ts). Where
// WebAssembly runs, createOouraRdftF32 runs these routines compiled to wasm instead
// (ooura-rdft-f32-wasm.ts: the same bits, ~2.8x faster); the JS here is their reference and the
// fallback.
//
// Original licence: "Copyright Takuya OOURA, 1996-2001. You may use, copy, modify and distribute
// this code for any purpose (include commercial use) and without fee. Please refer to this
// package when you modify this code." (General Purpose FFT Package, fftsg.c; modified here:
// float32 arithmetic, only the n = 512 forward path, offsets instead of pointers.)
import { EmocodeError } from '@emocode/core';
import { wasmOouraRdft512 } from './ooura-rdft-f32-wasm.js';

const f = Math.fround;
/** The one size ported (the 20 ms frame at 16 kHz: 320 samples padded to 512). */
export const OOURA_RDFT_SIZE = 512;
const N = OOURA_RDFT_SIZE;
/** Lengths of the cos/sin table (n/4) and the real-split table (n/4) of rdft. */
const NW = N >> 2;
const NC = N >> 2;

/** makewt(nw): cos/sin table of the complex FFT, float32 as in F2.3. */
function makewt(nw: number): Float32Array {
  const w = new Float32Array(nw);
  let nwh = nw >> 1;
  const delta = f(f(Math.atan(1.0)) / nwh);
  const wn4r = f(Math.cos(f(delta * nwh)));
  w[0] = 1;
  w[1] = wn4r;
  w[2] = f(0.5 / Math.cos(f(delta * 2)));
  w[3] = f(0.5 / Math.cos(f(delta * 6)));
  const delta3 = f(3 * delta);
  for (let j = 4; j < nwh; j += 4) {
    w[j] = f(Math.cos(f(delta * j)));
    w[j + 1] = f(Math.sin(f(delta * j)));
    w[j + 2] = f(Math.cos(f(delta3 * j)));
    w[j + 3] = f(-Math.sin(f(delta3 * j)));
  }
  let nw0 = 0;
  while (nwh > 2) {
    const nw1 = nw0 + nwh;
    nwh >>= 1;
    w[nw1] = 1;
    w[nw1 + 1] = wn4r;
    if (nwh === 4) {
      w[nw1 + 2] = w[nw0 + 4];
      w[nw1 + 3] = w[nw0 + 5];
    } else if (nwh > 4) {
      w[nw1 + 2] = f(0.5 / w[nw0 + 4]);
      w[nw1 + 3] = f(0.5 / w[nw0 + 6]);
      for (let j = 4; j < nwh; j += 4) {
        w[nw1 + j] = w[nw0 + 2 * j];
        w[nw1 + j + 1] = w[nw0 + 2 * j + 1];
        w[nw1 + j + 2] = w[nw0 + 2 * j + 2];
        w[nw1 + j + 3] = w[nw0 + 2 * j + 3];
      }
    }
    nw0 = nw1;
  }
  return w;
}

/** makect(nc): the real-split table c[0..nc), float32 as in F2.3. */
function makect(nc: number): Float32Array {
  const c = new Float32Array(nc);
  const nch = nc >> 1;
  const delta = f(f(Math.atan(1.0)) / nch);
  c[0] = f(Math.cos(f(delta * nch)));
  c[nch] = f(0.5 * c[0]);
  for (let j = 1; j < nch; j++) {
    c[j] = f(0.5 * Math.cos(f(delta * j)));
    c[nc - j] = f(0.5 * Math.sin(f(delta * j)));
  }
  return c;
}

/** Swap pairs (complex indices) of the bit-reversal permutation of n/2 complex points (bitrv2). */
function bitReversalSwaps(points: number): Uint16Array {
  const bits = Math.round(Math.log2(points));
  const swaps: number[] = [];
  for (let i = 0; i < points; i++) {
    let r = 0;
    for (let b = 0, v = i; b < bits; b++, v >>= 1) r = (r << 1) | (v & 1);
    if (r > i) swaps.push(i, r);
  }
  return Uint16Array.from(swaps);
}

function cftf1st(n: number, a: Float32Array, w: Float32Array): void {
  const mh = n >> 3;
  const m = 2 * mh;
  let j1 = m;
  let j2 = j1 + m;
  let j3 = j2 + m;
  let x0r = f(a[0] + a[j2]);
  let x0i = f(a[1] + a[j2 + 1]);
  let x1r = f(a[0] - a[j2]);
  let x1i = f(a[1] - a[j2 + 1]);
  let x2r = f(a[j1] + a[j3]);
  let x2i = f(a[j1 + 1] + a[j3 + 1]);
  let x3r = f(a[j1] - a[j3]);
  let x3i = f(a[j1 + 1] - a[j3 + 1]);
  a[0] = x0r + x2r;
  a[1] = x0i + x2i;
  a[j1] = x0r - x2r;
  a[j1 + 1] = x0i - x2i;
  a[j2] = x1r - x3i;
  a[j2 + 1] = x1i + x3r;
  a[j3] = x1r + x3i;
  a[j3 + 1] = x1i - x3r;
  const wn4r = w[1];
  const csc1 = w[2];
  const csc3 = w[3];
  let wd1r = 1;
  let wd1i = 0;
  let wd3r = 1;
  let wd3i = 0;
  let k = 0;
  let wk1r: number, wk1i: number, wk3r: number, wk3i: number;
  let y0r: number, y0i: number, y1r: number, y1i: number, y2r: number, y2i: number, y3r: number, y3i: number;
  for (let j = 2; j < mh - 2; j += 4) {
    k += 4;
    wk1r = f(csc1 * f(wd1r + w[k]));
    wk1i = f(csc1 * f(wd1i + w[k + 1]));
    wk3r = f(csc3 * f(wd3r + w[k + 2]));
    wk3i = f(csc3 * f(wd3i + w[k + 3]));
    wd1r = w[k];
    wd1i = w[k + 1];
    wd3r = w[k + 2];
    wd3i = w[k + 3];
    j1 = j + m;
    j2 = j1 + m;
    j3 = j2 + m;
    x0r = f(a[j] + a[j2]);
    x0i = f(a[j + 1] + a[j2 + 1]);
    x1r = f(a[j] - a[j2]);
    x1i = f(a[j + 1] - a[j2 + 1]);
    y0r = f(a[j + 2] + a[j2 + 2]);
    y0i = f(a[j + 3] + a[j2 + 3]);
    y1r = f(a[j + 2] - a[j2 + 2]);
    y1i = f(a[j + 3] - a[j2 + 3]);
    x2r = f(a[j1] + a[j3]);
    x2i = f(a[j1 + 1] + a[j3 + 1]);
    x3r = f(a[j1] - a[j3]);
    x3i = f(a[j1 + 1] - a[j3 + 1]);
    y2r = f(a[j1 + 2] + a[j3 + 2]);
    y2i = f(a[j1 + 3] + a[j3 + 3]);
    y3r = f(a[j1 + 2] - a[j3 + 2]);
    y3i = f(a[j1 + 3] - a[j3 + 3]);
    a[j] = x0r + x2r;
    a[j + 1] = x0i + x2i;
    a[j + 2] = y0r + y2r;
    a[j + 3] = y0i + y2i;
    a[j1] = x0r - x2r;
    a[j1 + 1] = x0i - x2i;
    a[j1 + 2] = y0r - y2r;
    a[j1 + 3] = y0i - y2i;
    x0r = f(x1r - x3i);
    x0i = f(x1i + x3r);
    a[j2] = f(wk1r * x0r) - f(wk1i * x0i);
    a[j2 + 1] = f(wk1r * x0i) + f(wk1i * x0r);
    x0r = f(y1r - y3i);
    x0i = f(y1i + y3r);
    a[j2 + 2] = f(wd1r * x0r) - f(wd1i * x0i);
    a[j2 + 3] = f(wd1r * x0i) + f(wd1i * x0r);
    x0r = f(x1r + x3i);
    x0i = f(x1i - x3r);
    a[j3] = f(wk3r * x0r) + f(wk3i * x0i);
    a[j3 + 1] = f(wk3r * x0i) - f(wk3i * x0r);
    x0r = f(y1r + y3i);
    x0i = f(y1i - y3r);
    a[j3 + 2] = f(wd3r * x0r) + f(wd3i * x0i);
    a[j3 + 3] = f(wd3r * x0i) - f(wd3i * x0r);
    const j0 = m - j;
    j1 = j0 + m;
    j2 = j1 + m;
    j3 = j2 + m;
    x0r = f(a[j0] + a[j2]);
    x0i = f(a[j0 + 1] + a[j2 + 1]);
    x1r = f(a[j0] - a[j2]);
    x1i = f(a[j0 + 1] - a[j2 + 1]);
    y0r = f(a[j0 - 2] + a[j2 - 2]);
    y0i = f(a[j0 - 1] + a[j2 - 1]);
    y1r = f(a[j0 - 2] - a[j2 - 2]);
    y1i = f(a[j0 - 1] - a[j2 - 1]);
    x2r = f(a[j1] + a[j3]);
    x2i = f(a[j1 + 1] + a[j3 + 1]);
    x3r = f(a[j1] - a[j3]);
    x3i = f(a[j1 + 1] - a[j3 + 1]);
    y2r = f(a[j1 - 2] + a[j3 - 2]);
    y2i = f(a[j1 - 1] + a[j3 - 1]);
    y3r = f(a[j1 - 2] - a[j3 - 2]);
    y3i = f(a[j1 - 1] - a[j3 - 1]);
    a[j0] = x0r + x2r;
    a[j0 + 1] = x0i + x2i;
    a[j0 - 2] = y0r + y2r;
    a[j0 - 1] = y0i + y2i;
    a[j1] = x0r - x2r;
    a[j1 + 1] = x0i - x2i;
    a[j1 - 2] = y0r - y2r;
    a[j1 - 1] = y0i - y2i;
    x0r = f(x1r - x3i);
    x0i = f(x1i + x3r);
    a[j2] = f(wk1i * x0r) - f(wk1r * x0i);
    a[j2 + 1] = f(wk1i * x0i) + f(wk1r * x0r);
    x0r = f(y1r - y3i);
    x0i = f(y1i + y3r);
    a[j2 - 2] = f(wd1i * x0r) - f(wd1r * x0i);
    a[j2 - 1] = f(wd1i * x0i) + f(wd1r * x0r);
    x0r = f(x1r + x3i);
    x0i = f(x1i - x3r);
    a[j3] = f(wk3i * x0r) + f(wk3r * x0i);
    a[j3 + 1] = f(wk3i * x0i) - f(wk3r * x0r);
    x0r = f(y1r + y3i);
    x0i = f(y1i - y3r);
    a[j3 - 2] = f(wd3i * x0r) + f(wd3r * x0i);
    a[j3 - 1] = f(wd3i * x0i) - f(wd3r * x0r);
  }
  wk1r = f(csc1 * f(wd1r + wn4r));
  wk1i = f(csc1 * f(wd1i + wn4r));
  wk3r = f(csc3 * f(wd3r - wn4r));
  wk3i = f(csc3 * f(wd3i - wn4r));
  const j0 = mh;
  j1 = j0 + m;
  j2 = j1 + m;
  j3 = j2 + m;
  x0r = f(a[j0 - 2] + a[j2 - 2]);
  x0i = f(a[j0 - 1] + a[j2 - 1]);
  x1r = f(a[j0 - 2] - a[j2 - 2]);
  x1i = f(a[j0 - 1] - a[j2 - 1]);
  x2r = f(a[j1 - 2] + a[j3 - 2]);
  x2i = f(a[j1 - 1] + a[j3 - 1]);
  x3r = f(a[j1 - 2] - a[j3 - 2]);
  x3i = f(a[j1 - 1] - a[j3 - 1]);
  a[j0 - 2] = x0r + x2r;
  a[j0 - 1] = x0i + x2i;
  a[j1 - 2] = x0r - x2r;
  a[j1 - 1] = x0i - x2i;
  x0r = f(x1r - x3i);
  x0i = f(x1i + x3r);
  a[j2 - 2] = f(wk1r * x0r) - f(wk1i * x0i);
  a[j2 - 1] = f(wk1r * x0i) + f(wk1i * x0r);
  x0r = f(x1r + x3i);
  x0i = f(x1i - x3r);
  a[j3 - 2] = f(wk3r * x0r) + f(wk3i * x0i);
  a[j3 - 1] = f(wk3r * x0i) - f(wk3i * x0r);
  x0r = f(a[j0] + a[j2]);
  x0i = f(a[j0 + 1] + a[j2 + 1]);
  x1r = f(a[j0] - a[j2]);
  x1i = f(a[j0 + 1] - a[j2 + 1]);
  x2r = f(a[j1] + a[j3]);
  x2i = f(a[j1 + 1] + a[j3 + 1]);
  x3r = f(a[j1] - a[j3]);
  x3i = f(a[j1 + 1] - a[j3 + 1]);
  a[j0] = x0r + x2r;
  a[j0 + 1] = x0i + x2i;
  a[j1] = x0r - x2r;
  a[j1 + 1] = x0i - x2i;
  x0r = f(x1r - x3i);
  x0i = f(x1i + x3r);
  a[j2] = wn4r * f(x0r - x0i);
  a[j2 + 1] = wn4r * f(x0i + x0r);
  x0r = f(x1r + x3i);
  x0i = f(x1i - x3r);
  a[j3] = -wn4r * f(x0r + x0i);
  a[j3 + 1] = -wn4r * f(x0i - x0r);
  x0r = f(a[j0 + 2] + a[j2 + 2]);
  x0i = f(a[j0 + 3] + a[j2 + 3]);
  x1r = f(a[j0 + 2] - a[j2 + 2]);
  x1i = f(a[j0 + 3] - a[j2 + 3]);
  x2r = f(a[j1 + 2] + a[j3 + 2]);
  x2i = f(a[j1 + 3] + a[j3 + 3]);
  x3r = f(a[j1 + 2] - a[j3 + 2]);
  x3i = f(a[j1 + 3] - a[j3 + 3]);
  a[j0 + 2] = x0r + x2r;
  a[j0 + 3] = x0i + x2i;
  a[j1 + 2] = x0r - x2r;
  a[j1 + 3] = x0i - x2i;
  x0r = f(x1r - x3i);
  x0i = f(x1i + x3r);
  a[j2 + 2] = f(wk1i * x0r) - f(wk1r * x0i);
  a[j2 + 3] = f(wk1i * x0i) + f(wk1r * x0r);
  x0r = f(x1r + x3i);
  x0i = f(x1i - x3r);
  a[j3 + 2] = f(wk3i * x0r) + f(wk3r * x0i);
  a[j3 + 3] = f(wk3i * x0i) - f(wk3r * x0r);
}

function cftmdl1(n: number, a: Float32Array, o: number, w: Float32Array, wo: number): void {
  const mh = n >> 3;
  const m = 2 * mh;
  let j1 = o + m;
  let j2 = j1 + m;
  let j3 = j2 + m;
  let x0r = f(a[o] + a[j2]);
  let x0i = f(a[o + 1] + a[j2 + 1]);
  let x1r = f(a[o] - a[j2]);
  let x1i = f(a[o + 1] - a[j2 + 1]);
  let x2r = f(a[j1] + a[j3]);
  let x2i = f(a[j1 + 1] + a[j3 + 1]);
  let x3r = f(a[j1] - a[j3]);
  let x3i = f(a[j1 + 1] - a[j3 + 1]);
  a[o] = x0r + x2r;
  a[o + 1] = x0i + x2i;
  a[j1] = x0r - x2r;
  a[j1 + 1] = x0i - x2i;
  a[j2] = x1r - x3i;
  a[j2 + 1] = x1i + x3r;
  a[j3] = x1r + x3i;
  a[j3 + 1] = x1i - x3r;
  const wn4r = w[wo + 1];
  let k = 0;
  for (let j = 2; j < mh; j += 2) {
    k += 4;
    const wk1r = w[wo + k];
    const wk1i = w[wo + k + 1];
    const wk3r = w[wo + k + 2];
    const wk3i = w[wo + k + 3];
    const jj = o + j;
    j1 = jj + m;
    j2 = j1 + m;
    j3 = j2 + m;
    x0r = f(a[jj] + a[j2]);
    x0i = f(a[jj + 1] + a[j2 + 1]);
    x1r = f(a[jj] - a[j2]);
    x1i = f(a[jj + 1] - a[j2 + 1]);
    x2r = f(a[j1] + a[j3]);
    x2i = f(a[j1 + 1] + a[j3 + 1]);
    x3r = f(a[j1] - a[j3]);
    x3i = f(a[j1 + 1] - a[j3 + 1]);
    a[jj] = x0r + x2r;
    a[jj + 1] = x0i + x2i;
    a[j1] = x0r - x2r;
    a[j1 + 1] = x0i - x2i;
    x0r = f(x1r - x3i);
    x0i = f(x1i + x3r);
    a[j2] = f(wk1r * x0r) - f(wk1i * x0i);
    a[j2 + 1] = f(wk1r * x0i) + f(wk1i * x0r);
    x0r = f(x1r + x3i);
    x0i = f(x1i - x3r);
    a[j3] = f(wk3r * x0r) + f(wk3i * x0i);
    a[j3 + 1] = f(wk3r * x0i) - f(wk3i * x0r);
    const j0 = o + m - j;
    j1 = j0 + m;
    j2 = j1 + m;
    j3 = j2 + m;
    x0r = f(a[j0] + a[j2]);
    x0i = f(a[j0 + 1] + a[j2 + 1]);
    x1r = f(a[j0] - a[j2]);
    x1i = f(a[j0 + 1] - a[j2 + 1]);
    x2r = f(a[j1] + a[j3]);
    x2i = f(a[j1 + 1] + a[j3 + 1]);
    x3r = f(a[j1] - a[j3]);
    x3i = f(a[j1 + 1] - a[j3 + 1]);
    a[j0] = x0r + x2r;
    a[j0 + 1] = x0i + x2i;
    a[j1] = x0r - x2r;
    a[j1 + 1] = x0i - x2i;
    x0r = f(x1r - x3i);
    x0i = f(x1i + x3r);
    a[j2] = f(wk1i * x0r) - f(wk1r * x0i);
    a[j2 + 1] = f(wk1i * x0i) + f(wk1r * x0r);
    x0r = f(x1r + x3i);
    x0i = f(x1i - x3r);
    a[j3] = f(wk3i * x0r) + f(wk3r * x0i);
    a[j3 + 1] = f(wk3i * x0i) - f(wk3r * x0r);
  }
  const j0 = o + mh;
  j1 = j0 + m;
  j2 = j1 + m;
  j3 = j2 + m;
  x0r = f(a[j0] + a[j2]);
  x0i = f(a[j0 + 1] + a[j2 + 1]);
  x1r = f(a[j0] - a[j2]);
  x1i = f(a[j0 + 1] - a[j2 + 1]);
  x2r = f(a[j1] + a[j3]);
  x2i = f(a[j1 + 1] + a[j3 + 1]);
  x3r = f(a[j1] - a[j3]);
  x3i = f(a[j1 + 1] - a[j3 + 1]);
  a[j0] = x0r + x2r;
  a[j0 + 1] = x0i + x2i;
  a[j1] = x0r - x2r;
  a[j1 + 1] = x0i - x2i;
  x0r = f(x1r - x3i);
  x0i = f(x1i + x3r);
  a[j2] = wn4r * f(x0r - x0i);
  a[j2 + 1] = wn4r * f(x0i + x0r);
  x0r = f(x1r + x3i);
  x0i = f(x1i - x3r);
  a[j3] = -wn4r * f(x0r + x0i);
  a[j3 + 1] = -wn4r * f(x0i - x0r);
}

function cftmdl2(n: number, a: Float32Array, o: number, w: Float32Array, wo: number): void {
  const mh = n >> 3;
  const m = 2 * mh;
  const wn4r = w[wo + 1];
  let j1 = o + m;
  let j2 = j1 + m;
  let j3 = j2 + m;
  let x0r = f(a[o] - a[j2 + 1]);
  let x0i = f(a[o + 1] + a[j2]);
  let x1r = f(a[o] + a[j2 + 1]);
  let x1i = f(a[o + 1] - a[j2]);
  let x2r = f(a[j1] - a[j3 + 1]);
  let x2i = f(a[j1 + 1] + a[j3]);
  let x3r = f(a[j1] + a[j3 + 1]);
  let x3i = f(a[j1 + 1] - a[j3]);
  let y0r = f(wn4r * f(x2r - x2i));
  let y0i = f(wn4r * f(x2i + x2r));
  a[o] = x0r + y0r;
  a[o + 1] = x0i + y0i;
  a[j1] = x0r - y0r;
  a[j1 + 1] = x0i - y0i;
  y0r = f(wn4r * f(x3r - x3i));
  y0i = f(wn4r * f(x3i + x3r));
  a[j2] = x1r - y0i;
  a[j2 + 1] = x1i + y0r;
  a[j3] = x1r + y0i;
  a[j3 + 1] = x1i - y0r;
  let k = 0;
  let kr = 2 * m;
  let y2r: number, y2i: number;
  for (let j = 2; j < mh; j += 2) {
    k += 4;
    const wk1r = w[wo + k];
    const wk1i = w[wo + k + 1];
    const wk3r = w[wo + k + 2];
    const wk3i = w[wo + k + 3];
    kr -= 4;
    const wd1i = w[wo + kr];
    const wd1r = w[wo + kr + 1];
    const wd3i = w[wo + kr + 2];
    const wd3r = w[wo + kr + 3];
    const jj = o + j;
    j1 = jj + m;
    j2 = j1 + m;
    j3 = j2 + m;
    x0r = f(a[jj] - a[j2 + 1]);
    x0i = f(a[jj + 1] + a[j2]);
    x1r = f(a[jj] + a[j2 + 1]);
    x1i = f(a[jj + 1] - a[j2]);
    x2r = f(a[j1] - a[j3 + 1]);
    x2i = f(a[j1 + 1] + a[j3]);
    x3r = f(a[j1] + a[j3 + 1]);
    x3i = f(a[j1 + 1] - a[j3]);
    y0r = f(f(wk1r * x0r) - f(wk1i * x0i));
    y0i = f(f(wk1r * x0i) + f(wk1i * x0r));
    y2r = f(f(wd1r * x2r) - f(wd1i * x2i));
    y2i = f(f(wd1r * x2i) + f(wd1i * x2r));
    a[jj] = y0r + y2r;
    a[jj + 1] = y0i + y2i;
    a[j1] = y0r - y2r;
    a[j1 + 1] = y0i - y2i;
    y0r = f(f(wk3r * x1r) + f(wk3i * x1i));
    y0i = f(f(wk3r * x1i) - f(wk3i * x1r));
    y2r = f(f(wd3r * x3r) + f(wd3i * x3i));
    y2i = f(f(wd3r * x3i) - f(wd3i * x3r));
    a[j2] = y0r + y2r;
    a[j2 + 1] = y0i + y2i;
    a[j3] = y0r - y2r;
    a[j3 + 1] = y0i - y2i;
    const j0 = o + m - j;
    j1 = j0 + m;
    j2 = j1 + m;
    j3 = j2 + m;
    x0r = f(a[j0] - a[j2 + 1]);
    x0i = f(a[j0 + 1] + a[j2]);
    x1r = f(a[j0] + a[j2 + 1]);
    x1i = f(a[j0 + 1] - a[j2]);
    x2r = f(a[j1] - a[j3 + 1]);
    x2i = f(a[j1 + 1] + a[j3]);
    x3r = f(a[j1] + a[j3 + 1]);
    x3i = f(a[j1 + 1] - a[j3]);
    y0r = f(f(wd1i * x0r) - f(wd1r * x0i));
    y0i = f(f(wd1i * x0i) + f(wd1r * x0r));
    y2r = f(f(wk1i * x2r) - f(wk1r * x2i));
    y2i = f(f(wk1i * x2i) + f(wk1r * x2r));
    a[j0] = y0r + y2r;
    a[j0 + 1] = y0i + y2i;
    a[j1] = y0r - y2r;
    a[j1 + 1] = y0i - y2i;
    y0r = f(f(wd3i * x1r) + f(wd3r * x1i));
    y0i = f(f(wd3i * x1i) - f(wd3r * x1r));
    y2r = f(f(wk3i * x3r) + f(wk3r * x3i));
    y2i = f(f(wk3i * x3i) - f(wk3r * x3r));
    a[j2] = y0r + y2r;
    a[j2 + 1] = y0i + y2i;
    a[j3] = y0r - y2r;
    a[j3 + 1] = y0i - y2i;
  }
  const wk1r = w[wo + m];
  const wk1i = w[wo + m + 1];
  const j0 = o + mh;
  j1 = j0 + m;
  j2 = j1 + m;
  j3 = j2 + m;
  x0r = f(a[j0] - a[j2 + 1]);
  x0i = f(a[j0 + 1] + a[j2]);
  x1r = f(a[j0] + a[j2 + 1]);
  x1i = f(a[j0 + 1] - a[j2]);
  x2r = f(a[j1] - a[j3 + 1]);
  x2i = f(a[j1 + 1] + a[j3]);
  x3r = f(a[j1] + a[j3 + 1]);
  x3i = f(a[j1 + 1] - a[j3]);
  y0r = f(f(wk1r * x0r) - f(wk1i * x0i));
  y0i = f(f(wk1r * x0i) + f(wk1i * x0r));
  y2r = f(f(wk1i * x2r) - f(wk1r * x2i));
  y2i = f(f(wk1i * x2i) + f(wk1r * x2r));
  a[j0] = y0r + y2r;
  a[j0 + 1] = y0i + y2i;
  a[j1] = y0r - y2r;
  a[j1 + 1] = y0i - y2i;
  y0r = f(f(wk1i * x1r) - f(wk1r * x1i));
  y0i = f(f(wk1i * x1i) + f(wk1r * x1r));
  y2r = f(f(wk1r * x3r) - f(wk1i * x3i));
  y2i = f(f(wk1r * x3i) + f(wk1i * x3r));
  a[j2] = y0r - y2r;
  a[j2 + 1] = y0i - y2i;
  a[j3] = y0r + y2r;
  a[j3 + 1] = y0i + y2i;
}

function cftf161(a: Float32Array, o: number, w: Float32Array, wo: number): void {
  const wn4r = w[wo + 1];
  const wk1r = w[wo + 2];
  const wk1i = w[wo + 3];
  let x0r = f(a[o] + a[o + 16]);
  let x0i = f(a[o + 1] + a[o + 17]);
  let x1r = f(a[o] - a[o + 16]);
  let x1i = f(a[o + 1] - a[o + 17]);
  let x2r = f(a[o + 8] + a[o + 24]);
  let x2i = f(a[o + 9] + a[o + 25]);
  let x3r = f(a[o + 8] - a[o + 24]);
  let x3i = f(a[o + 9] - a[o + 25]);
  const y0r = f(x0r + x2r);
  const y0i = f(x0i + x2i);
  const y4r = f(x0r - x2r);
  const y4i = f(x0i - x2i);
  const y8r = f(x1r - x3i);
  const y8i = f(x1i + x3r);
  const y12r = f(x1r + x3i);
  const y12i = f(x1i - x3r);
  x0r = f(a[o + 2] + a[o + 18]);
  x0i = f(a[o + 3] + a[o + 19]);
  x1r = f(a[o + 2] - a[o + 18]);
  x1i = f(a[o + 3] - a[o + 19]);
  x2r = f(a[o + 10] + a[o + 26]);
  x2i = f(a[o + 11] + a[o + 27]);
  x3r = f(a[o + 10] - a[o + 26]);
  x3i = f(a[o + 11] - a[o + 27]);
  const y1r = f(x0r + x2r);
  const y1i = f(x0i + x2i);
  const y5r = f(x0r - x2r);
  const y5i = f(x0i - x2i);
  x0r = f(x1r - x3i);
  x0i = f(x1i + x3r);
  const y9r = f(f(wk1r * x0r) - f(wk1i * x0i));
  const y9i = f(f(wk1r * x0i) + f(wk1i * x0r));
  x0r = f(x1r + x3i);
  x0i = f(x1i - x3r);
  const y13r = f(f(wk1i * x0r) - f(wk1r * x0i));
  const y13i = f(f(wk1i * x0i) + f(wk1r * x0r));
  x0r = f(a[o + 4] + a[o + 20]);
  x0i = f(a[o + 5] + a[o + 21]);
  x1r = f(a[o + 4] - a[o + 20]);
  x1i = f(a[o + 5] - a[o + 21]);
  x2r = f(a[o + 12] + a[o + 28]);
  x2i = f(a[o + 13] + a[o + 29]);
  x3r = f(a[o + 12] - a[o + 28]);
  x3i = f(a[o + 13] - a[o + 29]);
  const y2r = f(x0r + x2r);
  const y2i = f(x0i + x2i);
  const y6r = f(x0r - x2r);
  const y6i = f(x0i - x2i);
  x0r = f(x1r - x3i);
  x0i = f(x1i + x3r);
  const y10r = f(wn4r * f(x0r - x0i));
  const y10i = f(wn4r * f(x0i + x0r));
  x0r = f(x1r + x3i);
  x0i = f(x1i - x3r);
  const y14r = f(wn4r * f(x0r + x0i));
  const y14i = f(wn4r * f(x0i - x0r));
  x0r = f(a[o + 6] + a[o + 22]);
  x0i = f(a[o + 7] + a[o + 23]);
  x1r = f(a[o + 6] - a[o + 22]);
  x1i = f(a[o + 7] - a[o + 23]);
  x2r = f(a[o + 14] + a[o + 30]);
  x2i = f(a[o + 15] + a[o + 31]);
  x3r = f(a[o + 14] - a[o + 30]);
  x3i = f(a[o + 15] - a[o + 31]);
  const y3r = f(x0r + x2r);
  const y3i = f(x0i + x2i);
  const y7r = f(x0r - x2r);
  const y7i = f(x0i - x2i);
  x0r = f(x1r - x3i);
  x0i = f(x1i + x3r);
  const y11r = f(f(wk1i * x0r) - f(wk1r * x0i));
  const y11i = f(f(wk1i * x0i) + f(wk1r * x0r));
  x0r = f(x1r + x3i);
  x0i = f(x1i - x3r);
  const y15r = f(f(wk1r * x0r) - f(wk1i * x0i));
  const y15i = f(f(wk1r * x0i) + f(wk1i * x0r));
  x0r = f(y12r - y14r);
  x0i = f(y12i - y14i);
  x1r = f(y12r + y14r);
  x1i = f(y12i + y14i);
  x2r = f(y13r - y15r);
  x2i = f(y13i - y15i);
  x3r = f(y13r + y15r);
  x3i = f(y13i + y15i);
  a[o + 24] = x0r + x2r;
  a[o + 25] = x0i + x2i;
  a[o + 26] = x0r - x2r;
  a[o + 27] = x0i - x2i;
  a[o + 28] = x1r - x3i;
  a[o + 29] = x1i + x3r;
  a[o + 30] = x1r + x3i;
  a[o + 31] = x1i - x3r;
  x0r = f(y8r + y10r);
  x0i = f(y8i + y10i);
  x1r = f(y8r - y10r);
  x1i = f(y8i - y10i);
  x2r = f(y9r + y11r);
  x2i = f(y9i + y11i);
  x3r = f(y9r - y11r);
  x3i = f(y9i - y11i);
  a[o + 16] = x0r + x2r;
  a[o + 17] = x0i + x2i;
  a[o + 18] = x0r - x2r;
  a[o + 19] = x0i - x2i;
  a[o + 20] = x1r - x3i;
  a[o + 21] = x1i + x3r;
  a[o + 22] = x1r + x3i;
  a[o + 23] = x1i - x3r;
  x0r = f(y5r - y7i);
  x0i = f(y5i + y7r);
  x2r = f(wn4r * f(x0r - x0i));
  x2i = f(wn4r * f(x0i + x0r));
  x0r = f(y5r + y7i);
  x0i = f(y5i - y7r);
  x3r = f(wn4r * f(x0r - x0i));
  x3i = f(wn4r * f(x0i + x0r));
  x0r = f(y4r - y6i);
  x0i = f(y4i + y6r);
  x1r = f(y4r + y6i);
  x1i = f(y4i - y6r);
  a[o + 8] = x0r + x2r;
  a[o + 9] = x0i + x2i;
  a[o + 10] = x0r - x2r;
  a[o + 11] = x0i - x2i;
  a[o + 12] = x1r - x3i;
  a[o + 13] = x1i + x3r;
  a[o + 14] = x1r + x3i;
  a[o + 15] = x1i - x3r;
  x0r = f(y0r + y2r);
  x0i = f(y0i + y2i);
  x1r = f(y0r - y2r);
  x1i = f(y0i - y2i);
  x2r = f(y1r + y3r);
  x2i = f(y1i + y3i);
  x3r = f(y1r - y3r);
  x3i = f(y1i - y3i);
  a[o] = x0r + x2r;
  a[o + 1] = x0i + x2i;
  a[o + 2] = x0r - x2r;
  a[o + 3] = x0i - x2i;
  a[o + 4] = x1r - x3i;
  a[o + 5] = x1i + x3r;
  a[o + 6] = x1r + x3i;
  a[o + 7] = x1i - x3r;
}

function cftf162(a: Float32Array, o: number, w: Float32Array, wo: number): void {
  const wn4r = w[wo + 1];
  const wk1r = w[wo + 4];
  const wk1i = w[wo + 5];
  const wk3r = w[wo + 6];
  const wk3i = -w[wo + 7];
  const wk2r = w[wo + 8];
  const wk2i = w[wo + 9];
  let x1r = f(a[o] - a[o + 17]);
  let x1i = f(a[o + 1] + a[o + 16]);
  let x0r = f(a[o + 8] - a[o + 25]);
  let x0i = f(a[o + 9] + a[o + 24]);
  let x2r = f(wn4r * f(x0r - x0i));
  let x2i = f(wn4r * f(x0i + x0r));
  const y0r = f(x1r + x2r);
  const y0i = f(x1i + x2i);
  const y4r = f(x1r - x2r);
  const y4i = f(x1i - x2i);
  x1r = f(a[o] + a[o + 17]);
  x1i = f(a[o + 1] - a[o + 16]);
  x0r = f(a[o + 8] + a[o + 25]);
  x0i = f(a[o + 9] - a[o + 24]);
  x2r = f(wn4r * f(x0r - x0i));
  x2i = f(wn4r * f(x0i + x0r));
  const y8r = f(x1r - x2i);
  const y8i = f(x1i + x2r);
  const y12r = f(x1r + x2i);
  const y12i = f(x1i - x2r);
  x0r = f(a[o + 2] - a[o + 19]);
  x0i = f(a[o + 3] + a[o + 18]);
  x1r = f(f(wk1r * x0r) - f(wk1i * x0i));
  x1i = f(f(wk1r * x0i) + f(wk1i * x0r));
  x0r = f(a[o + 10] - a[o + 27]);
  x0i = f(a[o + 11] + a[o + 26]);
  x2r = f(f(wk3i * x0r) - f(wk3r * x0i));
  x2i = f(f(wk3i * x0i) + f(wk3r * x0r));
  const y1r = f(x1r + x2r);
  const y1i = f(x1i + x2i);
  const y5r = f(x1r - x2r);
  const y5i = f(x1i - x2i);
  x0r = f(a[o + 2] + a[o + 19]);
  x0i = f(a[o + 3] - a[o + 18]);
  x1r = f(f(wk3r * x0r) - f(wk3i * x0i));
  x1i = f(f(wk3r * x0i) + f(wk3i * x0r));
  x0r = f(a[o + 10] + a[o + 27]);
  x0i = f(a[o + 11] - a[o + 26]);
  x2r = f(f(wk1r * x0r) + f(wk1i * x0i));
  x2i = f(f(wk1r * x0i) - f(wk1i * x0r));
  const y9r = f(x1r - x2r);
  const y9i = f(x1i - x2i);
  const y13r = f(x1r + x2r);
  const y13i = f(x1i + x2i);
  x0r = f(a[o + 4] - a[o + 21]);
  x0i = f(a[o + 5] + a[o + 20]);
  x1r = f(f(wk2r * x0r) - f(wk2i * x0i));
  x1i = f(f(wk2r * x0i) + f(wk2i * x0r));
  x0r = f(a[o + 12] - a[o + 29]);
  x0i = f(a[o + 13] + a[o + 28]);
  x2r = f(f(wk2i * x0r) - f(wk2r * x0i));
  x2i = f(f(wk2i * x0i) + f(wk2r * x0r));
  const y2r = f(x1r + x2r);
  const y2i = f(x1i + x2i);
  const y6r = f(x1r - x2r);
  const y6i = f(x1i - x2i);
  x0r = f(a[o + 4] + a[o + 21]);
  x0i = f(a[o + 5] - a[o + 20]);
  x1r = f(f(wk2i * x0r) - f(wk2r * x0i));
  x1i = f(f(wk2i * x0i) + f(wk2r * x0r));
  x0r = f(a[o + 12] + a[o + 29]);
  x0i = f(a[o + 13] - a[o + 28]);
  x2r = f(f(wk2r * x0r) - f(wk2i * x0i));
  x2i = f(f(wk2r * x0i) + f(wk2i * x0r));
  const y10r = f(x1r - x2r);
  const y10i = f(x1i - x2i);
  const y14r = f(x1r + x2r);
  const y14i = f(x1i + x2i);
  x0r = f(a[o + 6] - a[o + 23]);
  x0i = f(a[o + 7] + a[o + 22]);
  x1r = f(f(wk3r * x0r) - f(wk3i * x0i));
  x1i = f(f(wk3r * x0i) + f(wk3i * x0r));
  x0r = f(a[o + 14] - a[o + 31]);
  x0i = f(a[o + 15] + a[o + 30]);
  x2r = f(f(wk1i * x0r) - f(wk1r * x0i));
  x2i = f(f(wk1i * x0i) + f(wk1r * x0r));
  const y3r = f(x1r + x2r);
  const y3i = f(x1i + x2i);
  const y7r = f(x1r - x2r);
  const y7i = f(x1i - x2i);
  x0r = f(a[o + 6] + a[o + 23]);
  x0i = f(a[o + 7] - a[o + 22]);
  x1r = f(f(wk1i * x0r) + f(wk1r * x0i));
  x1i = f(f(wk1i * x0i) - f(wk1r * x0r));
  x0r = f(a[o + 14] + a[o + 31]);
  x0i = f(a[o + 15] - a[o + 30]);
  x2r = f(f(wk3i * x0r) - f(wk3r * x0i));
  x2i = f(f(wk3i * x0i) + f(wk3r * x0r));
  const y11r = f(x1r + x2r);
  const y11i = f(x1i + x2i);
  const y15r = f(x1r - x2r);
  const y15i = f(x1i - x2i);
  x1r = f(y0r + y2r);
  x1i = f(y0i + y2i);
  x2r = f(y1r + y3r);
  x2i = f(y1i + y3i);
  a[o] = x1r + x2r;
  a[o + 1] = x1i + x2i;
  a[o + 2] = x1r - x2r;
  a[o + 3] = x1i - x2i;
  x1r = f(y0r - y2r);
  x1i = f(y0i - y2i);
  x2r = f(y1r - y3r);
  x2i = f(y1i - y3i);
  a[o + 4] = x1r - x2i;
  a[o + 5] = x1i + x2r;
  a[o + 6] = x1r + x2i;
  a[o + 7] = x1i - x2r;
  x1r = f(y4r - y6i);
  x1i = f(y4i + y6r);
  x0r = f(y5r - y7i);
  x0i = f(y5i + y7r);
  x2r = f(wn4r * f(x0r - x0i));
  x2i = f(wn4r * f(x0i + x0r));
  a[o + 8] = x1r + x2r;
  a[o + 9] = x1i + x2i;
  a[o + 10] = x1r - x2r;
  a[o + 11] = x1i - x2i;
  x1r = f(y4r + y6i);
  x1i = f(y4i - y6r);
  x0r = f(y5r + y7i);
  x0i = f(y5i - y7r);
  x2r = f(wn4r * f(x0r - x0i));
  x2i = f(wn4r * f(x0i + x0r));
  a[o + 12] = x1r - x2i;
  a[o + 13] = x1i + x2r;
  a[o + 14] = x1r + x2i;
  a[o + 15] = x1i - x2r;
  x1r = f(y8r + y10r);
  x1i = f(y8i + y10i);
  x2r = f(y9r - y11r);
  x2i = f(y9i - y11i);
  a[o + 16] = x1r + x2r;
  a[o + 17] = x1i + x2i;
  a[o + 18] = x1r - x2r;
  a[o + 19] = x1i - x2i;
  x1r = f(y8r - y10r);
  x1i = f(y8i - y10i);
  x2r = f(y9r + y11r);
  x2i = f(y9i + y11i);
  a[o + 20] = x1r - x2i;
  a[o + 21] = x1i + x2r;
  a[o + 22] = x1r + x2i;
  a[o + 23] = x1i - x2r;
  x1r = f(y12r - y14i);
  x1i = f(y12i + y14r);
  x0r = f(y13r + y15i);
  x0i = f(y13i - y15r);
  x2r = f(wn4r * f(x0r - x0i));
  x2i = f(wn4r * f(x0i + x0r));
  a[o + 24] = x1r + x2r;
  a[o + 25] = x1i + x2i;
  a[o + 26] = x1r - x2r;
  a[o + 27] = x1i - x2i;
  x1r = f(y12r + y14i);
  x1i = f(y12i - y14r);
  x0r = f(y13r - y15i);
  x0i = f(y13i + y15r);
  x2r = f(wn4r * f(x0r - x0i));
  x2i = f(wn4r * f(x0i + x0r));
  a[o + 28] = x1r - x2i;
  a[o + 29] = x1i + x2r;
  a[o + 30] = x1r + x2i;
  a[o + 31] = x1i - x2r;
}

/** cftleaf(512, isplt = 1): the leaf butterflies of the 256-point complex transform. */
function cftleaf512(a: Float32Array, w: Float32Array): void {
  cftmdl1(128, a, 0, w, NW - 64);
  cftf161(a, 0, w, NW - 8);
  cftf162(a, 32, w, NW - 32);
  cftf161(a, 64, w, NW - 8);
  cftf161(a, 96, w, NW - 8);
  cftmdl2(128, a, 128, w, NW - 128);
  cftf161(a, 128, w, NW - 8);
  cftf162(a, 160, w, NW - 32);
  cftf161(a, 192, w, NW - 8);
  cftf162(a, 224, w, NW - 32);
  cftmdl1(128, a, 256, w, NW - 64);
  cftf161(a, 256, w, NW - 8);
  cftf162(a, 288, w, NW - 32);
  cftf161(a, 320, w, NW - 8);
  cftf161(a, 352, w, NW - 8);
  cftmdl1(128, a, 384, w, NW - 64);
  cftf161(a, 480, w, NW - 8);
  cftf161(a, 384, w, NW - 8);
  cftf162(a, 416, w, NW - 32);
  cftf161(a, 448, w, NW - 8);
}

/** rftfsub(n, a, nc, c): the split of the n/2-point complex FFT into the real one. */
function rftfsub(n: number, a: Float32Array, nc: number, c: Float32Array): void {
  const m = n >> 1;
  const ks = (2 * nc) / m;
  let kk = 0;
  for (let j = 2; j < m; j += 2) {
    const k = n - j;
    kk += ks;
    const wkr = f(0.5 - c[nc - kk]);
    const wki = c[kk];
    const xr = f(a[j] - a[k]);
    const xi = f(a[j + 1] + a[k + 1]);
    const yr = f(f(wkr * xr) - f(wki * xi));
    const yi = f(f(wkr * xi) + f(wki * xr));
    a[j] -= yr;
    a[j + 1] -= yi;
    a[k] += yr;
    a[k + 1] -= yi;
  }
}

/** A float32 rdft(512, +1) in place on its frame buffer; see {@link createOouraRdftF32}. */
export interface OouraRdftF32 {
  /** The 512 floats it transforms: write the signal there, `run()`, read the spectrum there. */
  readonly frame: Float32Array;
  /** Transforms `frame` in place. */
  run(): void;
  /** 'wasm' (the generated WebAssembly, ooura-rdft-f32-wasm.ts) or 'js' (the port below); both give the same bits. */
  readonly engine: 'wasm' | 'js';
}

let tables: { w: Float32Array; c: Float32Array; swaps: Uint16Array } | undefined;
let wasmRdft: OouraRdftF32 | undefined;

/**
 * Ooura's `rdft(n, 1, a, ip, w)` in float32 (EGEMAPS_SPEC.md F2.3), in place on `frame[0..n)`:
 * a[0] = R_0, a[1] = R_{n/2}, a[2b] = R_b, a[2b+1] = I_b (b = 1..n/2−1) with
 * R_b = Σ_j a_j cos(2πjb/n), I_b = Σ_j a_j sin(2πjb/n) (the +sin convention), unscaled.
 * Tables are built once; calls allocate nothing. The 'wasm' engine (the default; 'js' where
 * WebAssembly is missing) is one per process, as a wasm memory costs ~0.1 ms to set up (~30
 * transforms): every rdft it returns shares one frame, so write, run and read it in one go.
 *
 * @param size - must be 512 (the only size ported).
 * @param engine - 'js' for the plain port even where WebAssembly runs (both give the same bits).
 * @throws EmocodeError EMOCODE_INVALID_INPUT for any other size.
 * @example const rdft = createOouraRdftF32(512); rdft.frame.set(x); rdft.run(); // x: 512 samples
 */
export function createOouraRdftF32(size: number, engine: 'wasm' | 'js' = 'wasm'): OouraRdftF32 {
  if (size !== N) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `createOouraRdftF32: only size ${N} is ported, got ${size}. Use createRealFft(size) for other sizes.`,
    );
  }
  tables ??= { w: makewt(NW), c: makect(NC), swaps: bitReversalSwaps(N >> 1) };
  if (engine === 'wasm') {
    wasmRdft ??= wasmOouraRdft512(tables);
    if (wasmRdft) return wasmRdft;
  }
  const { w, c, swaps } = tables;
  const transform = (a: Float32Array): void => {
    cftf1st(N, a, w);
    cftleaf512(a, w);
    for (let s = 0; s < swaps.length; s += 2) {
      const i = 2 * swaps[s];
      const j = 2 * swaps[s + 1];
      const re = a[i];
      const im = a[i + 1];
      a[i] = a[j];
      a[i + 1] = a[j + 1];
      a[j] = re;
      a[j + 1] = im;
    }
    rftfsub(N, a, NC, c);
    const xi = f(a[0] - a[1]);
    a[0] += a[1];
    a[1] = xi;
  };
  const frame = new Float32Array(N);
  return { frame, engine: 'js', run: () => transform(frame) };
}
