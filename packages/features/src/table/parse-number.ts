// Exact powers of ten: every 10^k with k <= 22 is a double, so m / 10^k and m * 10^k are
// correctly rounded (one IEEE operation on exact operands), i.e. equal to Number(text).
const powersOfTen = Array.from({ length: 23 }, (_, k) => 10 ** k);
const maxExactMantissa = 2 ** 53;

/**
 * Parses the decimal number in `text[start, end)` without allocating: `[-+]digits[.digits][e[-+]digits]`
 * with at most 15 significant digits and a scale within 10^±22 (every value openSMILE's `%e`
 * writes). Returns NaN for anything else, so the caller can fall back to Number() on a slice
 * (which also yields the same value; see the exactness note above).
 */
export function parseNumberFast(text: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  let c = text.charCodeAt(i);
  if (c === 45 || c === 43) {
    negative = c === 45;
    c = text.charCodeAt(++i);
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  for (; i < end && c >= 48 && c <= 57; c = text.charCodeAt(++i), digits++) mantissa = mantissa * 10 + (c - 48);
  if (c === 46 && i < end) {
    for (c = text.charCodeAt(++i); i < end && c >= 48 && c <= 57; c = text.charCodeAt(++i), digits++, scale--)
      mantissa = mantissa * 10 + (c - 48);
  }
  if (digits === 0 || digits > 15 || mantissa >= maxExactMantissa) return Number.NaN;
  if (i < end && (c === 101 || c === 69)) {
    let exponent = 0;
    let sign = 1;
    c = text.charCodeAt(++i);
    if (c === 45 || c === 43) {
      sign = c === 45 ? -1 : 1;
      c = text.charCodeAt(++i);
    }
    const first = i;
    for (; i < end && c >= 48 && c <= 57; c = text.charCodeAt(++i)) exponent = exponent * 10 + (c - 48);
    if (i === first) return Number.NaN;
    scale += sign * exponent;
  }
  if (i !== end || scale < -22 || scale > 22) return Number.NaN;
  const value = scale < 0 ? mantissa / (powersOfTen[-scale] as number) : mantissa * (powersOfTen[scale] as number);
  return negative ? -value : value;
}
