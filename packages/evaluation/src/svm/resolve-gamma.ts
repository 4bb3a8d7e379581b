/**
 * The RBF width. 'scale' is scikit-learn's 1 / (dims · var(X)), the population variance over
 * every element of the training matrix (accumulated in Float64); a constant matrix gives 1.
 */
export function resolveGamma(gamma: number | 'scale', x: Float32Array, dims: number): number {
  if (gamma !== 'scale') return gamma;
  let mean = 0;
  for (let i = 0; i < x.length; i++) mean += x[i]!;
  mean /= x.length;
  let sumSquares = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - mean;
    sumSquares += d * d;
  }
  const variance = sumSquares / x.length;
  return variance > 0 ? 1 / (dims * variance) : 1;
}
