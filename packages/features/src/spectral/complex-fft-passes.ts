// The butterfly passes of complex-fft.ts (radix-2 decimation in time on bit-reversed input).

/** Stages of length 2 and 4 fused: their twiddles are 1 and −i, so no multiplications. */
export function firstTwoStages(size: number, re: Float64Array, im: Float64Array, offset: number): void {
  if (size === 2) {
    const r0 = re[offset];
    const i0 = im[offset];
    re[offset] = r0 + re[offset + 1];
    im[offset] = i0 + im[offset + 1];
    re[offset + 1] = r0 - re[offset + 1];
    im[offset + 1] = i0 - im[offset + 1];
    return;
  }
  for (let a = offset; a < offset + size; a += 4) {
    const r0 = re[a] + re[a + 1];
    const i0 = im[a] + im[a + 1];
    const r1 = re[a] - re[a + 1];
    const i1 = im[a] - im[a + 1];
    const r2 = re[a + 2] + re[a + 3];
    const i2 = im[a + 2] + im[a + 3];
    // (x2 − x3)·(−i)
    const r3 = im[a + 2] - im[a + 3];
    const i3 = re[a + 3] - re[a + 2];
    re[a] = r0 + r2;
    im[a] = i0 + i2;
    re[a + 2] = r0 - r2;
    im[a + 2] = i0 - i2;
    re[a + 1] = r1 + r3;
    im[a + 1] = i1 + i3;
    re[a + 3] = r1 - r3;
    im[a + 3] = i1 - i3;
  }
}

/** One radix-2 stage of length `len` (loop order chosen as in radix4Pass). */
export function radix2Pass(
  re: Float64Array,
  im: Float64Array,
  offset: number,
  size: number,
  len: number,
  cos: Float64Array,
  sin: Float64Array,
): void {
  const h = len >> 1;
  const stride = size / len;
  const end = offset + size;
  if (h <= stride) {
    for (let k = 0; k < h; k++) {
      for (let a = offset + k; a < end; a += len) butterfly2(re, im, a, h, cos[k * stride], -sin[k * stride]);
    }
  } else {
    for (let start = offset; start < end; start += len) {
      for (let k = 0; k < h; k++) butterfly2(re, im, start + k, h, cos[k * stride], -sin[k * stride]);
    }
  }
}

function butterfly2(re: Float64Array, im: Float64Array, a: number, h: number, wr: number, wi: number): void {
  const b = a + h;
  const tr = re[b] * wr - im[b] * wi;
  const ti = re[b] * wi + im[b] * wr;
  re[b] = re[a] - tr;
  im[b] = im[a] - ti;
  re[a] += tr;
  im[a] += ti;
}

/**
 * Radix-2 stages of lengths `len` and 2·len fused into one pass over the data: 3 instead of
 * 4 complex multiplications per 4 points (W_{2L}^{k+L/2} = −i·W_{2L}^k) and half the memory
 * traffic. Loops over twiddles outside when blocks outnumber twiddles (early passes of large
 * sizes), else over blocks outside (small sizes, late passes): each order is ~2x slower in the
 * other regime.
 */
export function radix4Pass(
  re: Float64Array,
  im: Float64Array,
  offset: number,
  size: number,
  len: number,
  cos: Float64Array,
  sin: Float64Array,
): void {
  const h = len >> 1;
  const s1 = size / len;
  const end = offset + size;
  if (h <= s1) {
    for (let k = 0; k < h; k++) {
      for (let x0 = offset + k; x0 < end; x0 += 2 * len)
        butterfly4(re, im, x0, h, cos[k * s1], -sin[k * s1], cos[(k * s1) >> 1], -sin[(k * s1) >> 1]);
    }
  } else {
    for (let start = offset; start < end; start += 2 * len) {
      for (let k = 0; k < h; k++) butterfly4(re, im, start + k, h, cos[k * s1], -sin[k * s1], cos[(k * s1) >> 1], -sin[(k * s1) >> 1]);
    }
  }
}

/** Points x0, x0+h, x0+2h, x0+3h through two radix-2 stages with twiddles w1 (len) and w2 (2·len). */
function butterfly4(re: Float64Array, im: Float64Array, x0: number, h: number, w1r: number, w1i: number, w2r: number, w2i: number): void {
  const x1 = x0 + h;
  const x2 = x1 + h;
  const x3 = x2 + h;
  const t1r = re[x1] * w1r - im[x1] * w1i;
  const t1i = re[x1] * w1i + im[x1] * w1r;
  const t3r = re[x3] * w1r - im[x3] * w1i;
  const t3i = re[x3] * w1i + im[x3] * w1r;
  const a0r = re[x0] + t1r;
  const a0i = im[x0] + t1i;
  const a1r = re[x0] - t1r;
  const a1i = im[x0] - t1i;
  const a2r = re[x2] + t3r;
  const a2i = im[x2] + t3i;
  const a3r = re[x2] - t3r;
  const a3i = im[x2] - t3i;
  const u2r = a2r * w2r - a2i * w2i;
  const u2i = a2r * w2i + a2i * w2r;
  // (−i)·w2·a3
  const u3r = a3r * w2i + a3i * w2r;
  const u3i = -(a3r * w2r - a3i * w2i);
  re[x0] = a0r + u2r;
  im[x0] = a0i + u2i;
  re[x2] = a0r - u2r;
  im[x2] = a0i - u2i;
  re[x1] = a1r + u3r;
  im[x1] = a1i + u3i;
  re[x3] = a1r - u3r;
  im[x3] = a1i - u3i;
}
