import { EmocodeError } from '@emocode/core';
import { stringOption, type CommandContext } from '../args.js';

/** A string option the command cannot run without. */
export function requiredOption(context: CommandContext, name: string, shape: string): string {
  const value = stringOption(context, name);
  if (value === undefined || value.length === 0) {
    throw new EmocodeError('EMOCODE_INVALID_OPTIONS', `emocode features: --${name} ${shape} is required. See --help.`);
  }
  return value;
}
