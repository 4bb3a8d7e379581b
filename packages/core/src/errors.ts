/** Stable error codes: callers branch on `code`, never on message text. */
export type ErrorCode =
  | 'EMOCODE_INVALID_OPTIONS'
  | 'EMOCODE_INVALID_INPUT'
  | 'EMOCODE_SHAPE_MISMATCH'
  | 'EMOCODE_NOT_FOUND'
  | 'EMOCODE_PARSE_ERROR'
  | 'EMOCODE_UNSUPPORTED'
  | 'EMOCODE_NON_FINITE'
  | 'EMOCODE_BACKEND'
  | 'EMOCODE_DOWNLOAD'
  | 'EMOCODE_INTERNAL';

const marker = Symbol.for('emocode.error');

/**
 * The one error class of emocode. Messages read
 * `<function>: <thing> must be <rule>, got <value>. <hint>`.
 */
export class EmocodeError extends Error {
  override name = 'EmocodeError';
  readonly [marker] = true;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** True for an EmocodeError even when two copies of this package are installed. */
  static isInstance(value: unknown): value is EmocodeError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }
}
