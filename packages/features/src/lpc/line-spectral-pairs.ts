// LPC → line spectral pairs (IS10_SPEC.md §4.4 step 3): Chebyshev-series root search on the
// symmetric/antisymmetric polynomials P and Q (Kabal & Ramachandran 1986, in the form used by
// Speex), grid step δ = 0.2 then 0.05, 11 bisections per root, output acos(x) in radians.
// Arithmetic is rounded to float32 like openSMILE's, which narrows the (bisection-limited) gap.
const f32 = Math.fround;
const BISECTIONS = 11;

/** Work buffers for lpcToLsp (half-order + 1 each). */
export interface LspScratch {
  readonly p: Float64Array;
  readonly q: Float64Array;
}

/** Scratch for an LPC order (even). */
export function createLspScratch(order: number): LspScratch {
  return { p: new Float64Array(order / 2 + 1), q: new Float64Array(order / 2 + 1) };
}

function cheb(c: Float64Array, x: number, m: number): number {
  const t = f32(2 * x);
  let b0 = 0;
  let b1 = 0;
  for (let k = m; k > 0; k--) {
    const tmp = b0;
    b0 = f32(f32(f32(t * b0) - b1) + c[m - k]);
    b1 = tmp;
  }
  return f32(f32(-b1 + f32(f32(t * b0) / 2)) + c[m]);
}

function buildPolynomials(a: Float64Array, order: number, s: LspScratch): void {
  const m = order / 2;
  s.p[0] = 1;
  s.q[0] = 1;
  for (let i = 0; i < m; i++) {
    s.p[i + 1] = f32(f32(a[i] + a[order - 1 - i]) - s.p[i]);
    s.q[i + 1] = f32(f32(a[i] - a[order - 1 - i]) + s.q[i]);
  }
  for (let i = 0; i < m; i++) {
    s.p[i] = f32(2 * s.p[i]);
    s.q[i] = f32(2 * s.q[i]);
  }
}

function searchRoots(order: number, delta: number, s: LspScratch, out: Float64Array): number {
  const m = order / 2;
  let xl = 1;
  let xr = 0;
  let roots = 0;
  for (let j = 0; j < order; j++) {
    const c = j % 2 === 0 ? s.p : s.q;
    let sl = cheb(c, xl, m);
    let found = false;
    while (!found && xr >= -1) {
      let dd = f32(delta * f32(1 - f32(0.9 * f32(xl * xl))));
      if (Math.abs(sl) < 0.2) dd = f32(dd / 2);
      xr = f32(xl - dd);
      const sr = cheb(c, xr, m);
      if (sr * sl < 0) {
        roots++;
        let xm = 0;
        for (let n = 0; n < BISECTIONS; n++) {
          xm = f32(f32(xl + xr) / 2);
          const sm = cheb(c, xm, m);
          if (sm * sl < 0) xr = xm;
          else {
            xl = xm;
            sl = sm;
          }
        }
        xm = Math.min(1, Math.max(-1, xm));
        out[j] = f32(Math.acos(xm));
        xl = xm;
        found = true;
      } else {
        sl = sr;
        xl = xr;
      }
    }
  }
  return roots;
}

/**
 * Line spectral frequencies (radians, ascending in (0, π)) of A(z) = 1 + Σ a_k z^−k.
 * Runs the search with δ = 0.2, retries with δ = 0.05 if fewer than `order` roots were found,
 * and sets the still-missing trailing values to 0 (openSMILE's behaviour).
 *
 * @param a - a_1..a_p in `a[0..order)`; `order` even.
 * @param out - receives `order` frequencies.
 * @returns the number of roots found (order on success).
 * @example lpcToLsp(a, 8, out, createLspScratch(8))
 */
export function lpcToLsp(a: Float64Array, order: number, out: Float64Array, scratch: LspScratch): number {
  buildPolynomials(a, order, scratch);
  let roots = searchRoots(order, 0.2, scratch, out);
  if (roots !== order) roots = searchRoots(order, 0.05, scratch, out);
  if (roots !== order) out.fill(0, roots, order);
  return roots;
}
