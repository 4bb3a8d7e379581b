// The nonZeroFuncts input (IS10_SPEC.md §7.1, EGEMAPS_SPEC.md G3.1): a contour without its exact
// zeros (unvoiced frames). Two loops, not `filter`: a typed-array callback runs outside V8's
// optimised code, and it was most of the eGeMAPS functionals' time.

/**
 * The values of `x` that are not 0, in order, as a new array.
 * @example nonZeroValues(Float32Array.of(0, 5, 0, 7)) // Float32Array [5, 7]
 */
export function nonZeroValues(x: Float32Array): Float32Array {
  let count = 0;
  for (let n = 0; n < x.length; n++) if (x[n] !== 0) count++;
  const out = new Float32Array(count);
  for (let n = 0, k = 0; k < count; n++) if (x[n] !== 0) out[k++] = x[n];
  return out;
}
