import { describe, expect, it } from 'vitest';
import { createRealFft } from './fft.js';

function naiveDft(x: Float64Array): { re: Float64Array; im: Float64Array } {
  const n = x.length;
  const re = new Float64Array(n / 2 + 1);
  const im = new Float64Array(n / 2 + 1);
  for (let b = 0; b <= n / 2; b++) {
    for (let j = 0; j < n; j++) {
      re[b] += x[j] * Math.cos((2 * Math.PI * j * b) / n);
      im[b] += x[j] * Math.sin((2 * Math.PI * j * b) / n);
    }
  }
  return { re, im };
}

function seededSignal(n: number, seed: number): Float64Array {
  const x = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    x[i] = s / 1073741824 - 1;
  }
  return x;
}

describe('createRealFft', () => {
  it.each([2, 4, 8, 64, 512, 1024])('matches a naive DFT with the +sin convention (N=%i)', (n) => {
    const x = seededSignal(n, n);
    const want = naiveDft(x);
    const re = new Float64Array(n / 2 + 1);
    const im = new Float64Array(n / 2 + 1);
    createRealFft(n)(x, re, im);
    for (let b = 0; b <= n / 2; b++) {
      expect(Math.abs(re[b] - want.re[b])).toBeLessThan(1e-10 * n);
      expect(Math.abs(im[b] - want.im[b])).toBeLessThan(1e-10 * n);
    }
  });

  it('gives I_1 = +N/2 for sin(2πj/N) (sign convention: −Im of numpy rfft)', () => {
    const n = 16;
    const x = new Float64Array(n).map((_, j) => Math.sin((2 * Math.PI * j) / n));
    const re = new Float64Array(9);
    const im = new Float64Array(9);
    createRealFft(n)(x, re, im);
    expect(im[1]).toBeCloseTo(8, 12);
    expect(re[1]).toBeCloseTo(0, 12);
    expect(im[2]).toBeCloseTo(0, 12);
  });

  it('satisfies Parseval: Σx² = (|X0|² + 2Σ|Xb|² + |X_N/2|²)/N', () => {
    const n = 512;
    const x = seededSignal(n, 7);
    const re = new Float64Array(257);
    const im = new Float64Array(257);
    createRealFft(n)(x, re, im);
    let time = 0;
    for (const v of x) time += v * v;
    let freq = re[0] ** 2 + re[256] ** 2 + im[0] ** 2 + im[256] ** 2;
    for (let b = 1; b < 256; b++) freq += 2 * (re[b] ** 2 + im[b] ** 2);
    expect(freq / n).toBeCloseTo(time, 9);
  });

  it('is repeatable (no state leaks between calls) and rejects non powers of two', () => {
    const fft = createRealFft(8);
    const re1 = new Float64Array(5);
    const im1 = new Float64Array(5);
    const re2 = new Float64Array(5);
    const im2 = new Float64Array(5);
    const x = seededSignal(8, 3);
    fft(x, re1, im1);
    fft(seededSignal(8, 4), re2, im2);
    fft(x, re2, im2);
    expect(Array.from(re2)).toEqual(Array.from(re1));
    expect(Array.from(im2)).toEqual(Array.from(im1));
    expect(() => createRealFft(400)).toThrow(/power of two/);
    expect(() => createRealFft(1)).toThrow(/power of two/);
  });
});
