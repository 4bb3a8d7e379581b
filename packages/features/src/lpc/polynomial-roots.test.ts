import { describe, expect, it } from 'vitest';
import { polynomialRoots, polynomialRootsNear } from './polynomial-roots.js';

function sortedRoots(coeffs: number[]): [number, number][] {
  const d = coeffs.length - 1;
  const re = new Float64Array(d);
  const im = new Float64Array(d);
  polynomialRoots(coeffs, re, im);
  const key = (v: number) => Math.round(v * 1e6);
  return Array.from(re, (r, k): [number, number] => [r, im[k]]).sort((a, b) => key(a[0]) - key(b[0]) || a[1] - b[1]);
}

describe('polynomialRoots', () => {
  it('finds real and complex roots of (z − 1)(z + 2)(z² + 1)', () => {
    // z⁴ + z³ − z² + z − 2
    const roots = sortedRoots([1, 1, -1, 1, -2]);
    const want: [number, number][] = [
      [-2, 0],
      [0, -1],
      [0, 1],
      [1, 0],
    ];
    roots.forEach(([r, i], k) => {
      expect(r).toBeCloseTo(want[k][0], 12);
      expect(i).toBeCloseTo(want[k][1], 12);
    });
  });

  it('finds the 11 roots of an LPC-like polynomial with roots near the unit circle', () => {
    // product of (z − 0.95e^{±iθ}) pairs and one real root: expand, solve, compare
    const want = [0.3, 0.7, 1.2, 1.9, 2.6].flatMap((t): [number, number][] => [
      [0.95 * Math.cos(t), 0.95 * Math.sin(t)],
      [0.95 * Math.cos(t), -0.95 * Math.sin(t)],
    ]);
    want.push([-0.5, 0]);
    let pr = [1];
    let pi = [0];
    for (const [a, b] of want) {
      const nr = [...pr, 0];
      const ni = [...pi, 0];
      for (let k = 1; k < nr.length; k++) {
        nr[k] -= a * pr[k - 1] - b * pi[k - 1];
        ni[k] -= a * pi[k - 1] + b * pr[k - 1];
      }
      pr = nr;
      pi = ni;
    }
    const roots = sortedRoots(pr);
    const sortedWant = want.sort((p, q) => Math.round(p[0] * 1e6) - Math.round(q[0] * 1e6) || p[1] - q[1]);
    roots.forEach(([r, i], k) => {
      expect(r).toBeCloseTo(sortedWant[k][0], 9);
      expect(i).toBeCloseTo(sortedWant[k][1], 9);
    });
  });

  describe('polynomialRootsNear', () => {
    // (z − 0.1)(z + 0.1)(z − 0.5)(z² − z + 0.5): two real roots close together, a complex pair
    const coeffs = [1, -1.5, 0.99, -0.235, -0.01, 0.0025];
    const near = (start: [number, number][]) => {
      const re = Float64Array.from(start, (z) => z[0]);
      const im = Float64Array.from(start, (z) => z[1]);
      polynomialRootsNear(coeffs, re, im);
      const key = (v: number) => Math.round(v * 1e6);
      return Array.from(re, (r, k): [number, number] => [r, im[k]]).sort((a, b) => key(a[0]) - key(b[0]) || a[1] - b[1]);
    };
    const want: [number, number][] = [
      [-0.1, 0],
      [0.1, 0],
      [0.5, -0.5],
      [0.5, 0],
      [0.5, 0.5],
    ];
    const expectRoots = (got: [number, number][]) =>
      got.forEach(([r, i], k) => {
        expect(r).toBeCloseTo(want[k][0], 10);
        expect(i).toBeCloseTo(want[k][1], 10);
      });

    it('refines a nearby start to the roots', () => {
      expectRoots(near(want.map(([r, i]) => [r * 1.02 + 0.001, i * 0.98])));
    });

    it('splits a start pair symmetric about the real axis into two real roots', () => {
      // the roots of z² + 0.01 where (z − 0.1)(z + 0.1) now is: only a turned start can split them
      expectRoots(
        near([
          [0, 0.1],
          [0, -0.1],
          [0.5, -0.5],
          [0.5, 0],
          [0.5, 0.5],
        ]),
      );
    });

    it('falls back to the circle when the start cannot converge', () => {
      expectRoots(near(want.map(() => [Number.NaN, 0])));
    });
  });
});
