// Central-moment functionals of IS10_SPEC.md §7.2 (#8–#10): population moments in double.

/** stddev, skewness and (non-excess) kurtosis. */
export interface Moments {
  readonly stddev: number;
  readonly skewness: number;
  /** Not excess: a Gaussian gives 3. */
  readonly kurtosis: number;
}

/**
 * `m_k = Σ(x − mean)^k / N` around the float32 `mean` (§7.1); stddev = sqrt(m2),
 * skewness = m3/m2^1.5, kurtosis = m4/m2². All three are 0 when m2 ≤ 0 or N = 1.
 *
 * @param x - the sequence (N ≥ 1).
 * @param mean - the float32 mean of §7.1.
 * @example moments(Float32Array.of(1, 3), 2) // { stddev: 1, skewness: 0, kurtosis: 1 }
 */
export function moments(x: Float32Array, mean: number): Moments {
  const n = x.length;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  if (n === 1 || !(m2 > 0)) return { stddev: 0, skewness: 0, kurtosis: 0 };
  return { stddev: Math.sqrt(m2), skewness: m3 / Math.pow(m2, 1.5), kurtosis: m4 / (m2 * m2) };
}
