import { expect } from 'vitest';

export interface Tolerance {
  atol?: number;
  rtol?: number;
}

/** Element-wise |got - want| <= atol + rtol·|want|, naming the first index that fails. */
export function expectClose(got: ArrayLike<number> | number, want: ArrayLike<number> | number, tol: Tolerance = {}): void {
  const atol = tol.atol ?? 1e-6;
  const rtol = tol.rtol ?? 0;
  const g = typeof got === 'number' ? [got] : got;
  const w = typeof want === 'number' ? [want] : want;
  expect(g.length, 'length').toBe(w.length);
  for (let i = 0; i < w.length; i++) {
    const a = g[i] as number;
    const b = w[i] as number;
    if (!(Math.abs(a - b) <= atol + rtol * Math.abs(b))) {
      expect.fail(`index ${i}: got ${a}, want ${b} (atol ${atol}, rtol ${rtol})`);
    }
  }
}
