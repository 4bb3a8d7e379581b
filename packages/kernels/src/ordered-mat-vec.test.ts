import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { orderedMatVec } from './ordered-mat-vec.js';

const rng = createRng(11);
const f32 = Math.fround;
const vector = (n: number) => Float32Array.from({ length: n }, () => rng.normal() * 10 ** (6 * rng.next() - 3));

/** The loop orderedMatVec promises to reproduce, written out once more. */
function plainLoop(c: Float32Array, terms: number, outputs: number, divisor: number, x: Float32Array): Float32Array {
  const out = new Float32Array(outputs);
  for (let i = 0; i < outputs; i++) {
    let acc = x[0]!;
    for (let t = 0; t < terms; t++) acc = f32(acc + f32(x[1 + t]! * c[t * outputs + i]!));
    out[i] = f32(acc / f32(divisor));
  }
  return out;
}

describe('orderedMatVec', () => {
  it('runs on WebAssembly SIMD under Node', () => expect(orderedMatVec(new Float32Array(4), 2, 2, 1).engine).toBe('wasm'));

  // 37 outputs: two full blocks of 16 and a ragged one; terms of mixed magnitude make every
  // reordering of the sum visible in the last bits.
  it.each([
    [218, 37, 256],
    [1, 16, 1],
    [0, 5, 3],
  ])('gives the plain float32 loop bit for bit on both engines (%i terms, %i outputs)', (terms, outputs, divisor) => {
    const c = vector(terms * outputs);
    const mat = { wasm: orderedMatVec(c, terms, outputs, divisor, 'wasm'), js: orderedMatVec(c, terms, outputs, divisor, 'js') };
    for (let trial = 0; trial < 3; trial++) {
      const x = vector(terms + 1);
      const want = plainLoop(c, terms, outputs, divisor, x);
      for (const engine of ['wasm', 'js'] as const) {
        const out = new Float64Array(outputs);
        mat[engine].apply(x, out);
        expect(Array.from(out), engine).toEqual(Array.from(want));
      }
    }
  });

  it('differs from a float64 sum of the same terms (the order and rounding are the point)', () => {
    const terms = 218;
    const c = vector(terms * 20);
    const x = vector(terms + 1);
    const out = new Float32Array(20);
    orderedMatVec(c, terms, 20, 1).apply(x, out);
    const float64 = Array.from({ length: 20 }, (_, i) => f32(x.slice(1).reduce((s, v, t) => s + v * c[t * 20 + i]!, x[0]!)));
    expect(Array.from(out)).not.toEqual(float64);
  });

  it('rejects a coefficient matrix or an input of the wrong size', () => {
    expect(() => orderedMatVec(new Float32Array(5), 2, 3, 1)).toThrow(/2 x 3 values, got 5/);
    expect(() => orderedMatVec(new Float32Array(6), 2, 3, 1).apply(new Float32Array(2), new Float32Array(3))).toThrow(
      /x must hold 3 values, got 2/,
    );
  });
});
