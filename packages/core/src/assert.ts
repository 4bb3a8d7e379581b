import { EmocodeError, type ErrorCode } from './errors.js';

/**
 * Throws an EmocodeError when `condition` is false. The message is built only on failure,
 * so asserts cost nothing on the happy path.
 */
export function assert(condition: unknown, message: () => string, code: ErrorCode = 'EMOCODE_INVALID_INPUT'): asserts condition {
  if (!condition) throw new EmocodeError(code, message());
}

/** Throws EMOCODE_NON_FINITE naming the first NaN or Infinity in `values`. */
export function assertFinite(values: ArrayLike<number>, where: string, what = 'values'): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      throw new EmocodeError('EMOCODE_NON_FINITE', `${where}: ${what} must be finite, got ${v} at index ${i}.`);
    }
  }
}
