import type { z } from 'zod';
import { EmocodeError } from './errors.js';
import { knownKeysAt } from './known-keys.js';
import { nearestName } from './nearest-name.js';

function where(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

/** `normalisation: unknown key (did you mean \`normalization\`?)`, one clause per unknown key. */
function unknownKeys(schema: z.ZodType, issue: z.core.$ZodIssueUnrecognizedKeys, input: unknown): string {
  const known = knownKeysAt(schema, issue.path, input).filter((k) => !issue.keys.includes(k));
  return issue.keys
    .map((key) => {
      const near = nearestName(key, known);
      const hint = near ? `did you mean \`${near}\`?` : known.length > 0 ? `known keys: ${known.join(', ')}` : 'remove it';
      return `${where([...issue.path, key])}: unknown key \`${key}\` (${hint})`;
    })
    .join('; ');
}

/**
 * Parses user options with a zod schema. On failure the message lists every bad field by
 * path, so the user knows what to fix; an unknown key (the schemas are strict) is named with
 * its path and the nearest known key.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS
 */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown, context: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const why = result.error.issues
    .map((issue) => (issue.code === 'unrecognized_keys' ? unknownKeys(schema, issue, input) : `${where(issue.path)}: ${issue.message}`))
    .join('; ');
  throw new EmocodeError('EMOCODE_INVALID_OPTIONS', `${context}: invalid options: ${why}`, { cause: result.error });
}
