import { describe, expect, it } from 'vitest';
import { createOouraRdftF32 } from './ooura-rdft-f32.js';
import { createRealFft } from './fft.js';

function seededFloat32Signal(n: number, seed: number): Float32Array {
  const x = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    x[i] = s / 1073741824 - 1;
  }
  return x;
}

/** Float64 DFT with the +sin convention, bins 0..n/2. */
function dft(x: Float32Array): { re: Float64Array; im: Float64Array } {
  const n = x.length;
  const re = new Float64Array(n / 2 + 1);
  const im = new Float64Array(n / 2 + 1);
  for (let b = 0; b <= n / 2; b++) {
    for (let j = 0; j < n; j++) {
      re[b] += x[j] * Math.cos((2 * Math.PI * ((j * b) % n)) / n);
      im[b] += x[j] * Math.sin((2 * Math.PI * ((j * b) % n)) / n);
    }
  }
  return { re, im };
}

describe('createOouraRdftF32 (EGEMAPS_SPEC F2.3)', () => {
  it.each([1, 2, 3])('agrees with a float64 DFT to float32 precision, in rdft packing (seed %i)', (seed) => {
    const x = seededFloat32Signal(512, seed);
    const want = dft(x);
    const a = Float32Array.from(x);
    createOouraRdftF32(512)(a);
    let scale = 0;
    for (let b = 0; b <= 256; b++) scale = Math.max(scale, Math.hypot(want.re[b], want.im[b]));
    const tol = 1e-5 * scale;
    expect(Math.abs(a[0] - want.re[0])).toBeLessThan(tol);
    expect(Math.abs(a[1] - want.re[256])).toBeLessThan(tol);
    for (let b = 1; b < 256; b++) {
      expect(Math.abs(a[2 * b] - want.re[b]), `R_${b}`).toBeLessThan(tol);
      expect(Math.abs(a[2 * b + 1] - want.im[b]), `I_${b}`).toBeLessThan(tol);
    }
  });

  it('uses the +sin convention: sin(2πj/512) gives I_1 = +256', () => {
    const a = Float32Array.from({ length: 512 }, (_, j) => Math.sin((2 * Math.PI * j) / 512));
    createOouraRdftF32(512)(a);
    expect(a[3]).toBeCloseTo(256, 3);
    expect(a[2]).toBeCloseTo(0, 3);
  });

  it('works in float32: its outputs are not the float64 FFT rounded, but repeatable bit for bit', () => {
    const x = seededFloat32Signal(512, 9);
    const rdft = createOouraRdftF32(512);
    const first = Float32Array.from(x);
    rdft(first);
    const again = Float32Array.from(x);
    rdft(again);
    expect(Array.from(again)).toEqual(Array.from(first));
    const re = new Float64Array(257);
    const im = new Float64Array(257);
    createRealFft(512)(Float64Array.from(x), re, im);
    let differing = 0;
    for (let b = 1; b < 256; b++) if (first[2 * b] !== Math.fround(re[b]) || first[2 * b + 1] !== Math.fround(im[b])) differing++;
    expect(differing).toBeGreaterThan(100);
  });

  it('rejects sizes that were not ported', () => {
    expect(() => createOouraRdftF32(1024)).toThrow(/only size 512/);
  });
});
