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

/** Uniform on [0, 1), seeded (xorshift32). */
function seededUniform(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const signed = (random: () => number, magnitude: number): number => (random() < 0.5 ? -magnitude : magnitude);
const frameOf = (fill: (i: number) => number): Float32Array => Float32Array.from({ length: 512 }, (_, i) => fill(i));

/** Frames of several kinds, each drawn from `random`. */
const frameKinds: Record<string, (random: () => number) => Float32Array> = {
  'uniform noise of scales 1e-40 (subnormal sums) to 1e4': (random) => {
    const scale = 10 ** [-40, -6, -3, 0, 4][Math.floor(random() * 5)];
    return frameOf(() => signed(random, random() * scale));
  },
  'magnitudes mixed over 1e-6..1e4, a quarter of them zeros': (random) =>
    frameOf(() => (random() < 0.25 ? 0 : signed(random, 10 ** (random() * 10 - 6)))),
  'a windowed 320-sample frame zero-padded to 512 (spectral-llds)': (random) => {
    const tone = random() * 0.5;
    const scale = 10 ** (random() * 6 - 5);
    return frameOf((i) => {
      const j = i - 96;
      if (j < 0 || j >= 320) return 0;
      const hamming = 0.54 - 0.46 * Math.cos((2 * Math.PI * j) / 319);
      return scale * hamming * (Math.sin(2 * Math.PI * tone * j) + 0.1 * (random() - 0.5));
    });
  },
  'zeros, impulses and constants': (random) => {
    const kind = Math.floor(random() * 3);
    const at = Math.floor(random() * 512);
    const value = signed(random, 10 ** (random() * 10 - 6));
    return frameOf((i) => (kind === 0 ? 0 : kind === 1 ? (i === at ? value : 0) : value));
  },
};

/** A copy of the rdft of x by `engine`. */
function transformed(x: Float32Array, engine?: 'wasm' | 'js'): Float32Array {
  const rdft = createOouraRdftF32(512, engine);
  rdft.frame.set(x);
  rdft.run();
  return rdft.frame.slice();
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
    const a = transformed(x);
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
    const a = transformed(Float32Array.from({ length: 512 }, (_, j) => Math.sin((2 * Math.PI * j) / 512)));
    expect(a[3]).toBeCloseTo(256, 3);
    expect(a[2]).toBeCloseTo(0, 3);
  });

  it('works in float32: its outputs are not the float64 FFT rounded, but repeatable bit for bit', () => {
    const x = seededFloat32Signal(512, 9);
    const first = transformed(x);
    const again = transformed(x);
    expect(Array.from(again)).toEqual(Array.from(first));
    const re = new Float64Array(257);
    const im = new Float64Array(257);
    createRealFft(512)(Float64Array.from(x), re, im);
    let differing = 0;
    for (let b = 1; b < 256; b++) if (first[2 * b] !== Math.fround(re[b]) || first[2 * b + 1] !== Math.fround(im[b])) differing++;
    expect(differing).toBeGreaterThan(100);
  });

  it('runs on WebAssembly here, its frame a 512-float view of the kernel memory, the same every call', () => {
    const rdft = createOouraRdftF32(512);
    expect(rdft.engine).toBe('wasm');
    expect(rdft.frame.length).toBe(512);
    expect(createOouraRdftF32(512).frame).toBe(rdft.frame);
  });

  it('falls back to the JS port, each rdft on a frame of its own', () => {
    const rdft = createOouraRdftF32(512, 'js');
    expect(rdft.engine).toBe('js');
    expect(createOouraRdftF32(512, 'js').frame).not.toBe(rdft.frame);
    expect(
      transformed(
        frameOf((i) => (i === 0 ? 1 : 0)),
        'js',
      ).slice(0, 4),
    ).toEqual(Float32Array.of(1, 1, 1, 0));
  });

  it.each(Object.entries(frameKinds))('gives the bits of the JS port on %s', (_, frame) => {
    const random = seededUniform(7);
    for (let t = 0; t < 400; t++) {
      const x = frame(random);
      const want = transformed(x, 'js');
      const got = transformed(x, 'wasm');
      const differing = new Uint32Array(got.buffer).findIndex((bits, i) => bits !== new Uint32Array(want.buffer)[i]);
      expect(differing, `frame ${t}: a[${differing}] = ${got[differing]}, the JS gives ${want[differing]}`).toBe(-1);
    }
  });

  it('rejects sizes that were not ported', () => {
    expect(() => createOouraRdftF32(1024)).toThrow(/only size 512/);
  });
});
