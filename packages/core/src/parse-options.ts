import type { z } from 'zod';
import { EmocodeError } from './errors.js';

/**
 * Parses user options with a zod schema. On failure the message lists every bad field by
 * path, so the user knows what to fix.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS
 */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const why = result.error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new EmocodeError('EMOCODE_INVALID_OPTIONS', `${where}: invalid options: ${why}`, { cause: result.error });
}
