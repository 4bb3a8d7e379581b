import { EmocodeError } from '@emocode/core';

/**
 * Writes an error for a person: `CODE: message` for an EmocodeError (the message says what
 * to fix), the stack only with `debug`. Anything else is a bug in emocode and says so.
 */
export function printError(error: unknown, err: (text: string) => void, debug: boolean): void {
  if (EmocodeError.isInstance(error)) {
    err(`${error.code}: ${error.message}\n`);
  } else {
    err(`EMOCODE_INTERNAL: ${error instanceof Error ? error.message : String(error)} (unexpected; rerun with --debug and report it)\n`);
  }
  if (debug && error instanceof Error && error.stack) err(`${error.stack}\n`);
}
