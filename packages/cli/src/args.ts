import { parseArgs } from 'node:util';
import { EmocodeError } from '@emocode/core';

/** One option of a subcommand, as node:util parseArgs takes it plus a help line. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in --help; put the value's shape first, e.g. `<a,b,c> classes to keep`. */
  description: string;
}

/** Where a command writes: results to `out` (stdout), progress and logs to `err` (stderr). */
export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** What a command's `run` receives: parsed option values, positionals and the streams. */
export interface CommandContext extends CommandIo {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  json: boolean;
  debug: boolean;
}

/** A subcommand of `emocode`; add one by exporting one of these and listing it in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for `emocode --help`. */
  summary: string;
  /** Positional arguments, e.g. `<name>`; shown in usage. */
  usage: string;
  /** Exact number of positionals accepted (default 0), or `{ min }` for a list such as files. */
  positionals?: number | { min: number };
  options: Record<string, OptionSpec>;
  /** Resolves to the exit code (default 0). */
  run(context: CommandContext): Promise<number | void>;
}

/** Options every subcommand takes. */
export const commonOptions: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
  json: { type: 'boolean', description: 'print one JSON document on stdout (logs go to stderr)' },
  debug: { type: 'boolean', description: 'print stack traces of errors' },
};

/**
 * Parses `argv` (after the subcommand name) against the command's options.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS naming the bad argument and pointing at --help.
 */
export function parseCommandArgs(command: Command, argv: string[]): { values: CommandContext['values']; positionals: string[] } {
  const options = { ...commonOptions, ...command.options };
  const config = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw new EmocodeError(
      'EMOCODE_INVALID_OPTIONS',
      `emocode ${command.name}: ${(error as Error).message} See emocode ${command.name} --help.`,
      { cause: error },
    );
  }
  const wanted = command.positionals ?? 0;
  const count = parsed.positionals.length;
  const fits = typeof wanted === 'number' ? count === wanted : count >= wanted.min;
  if (!parsed.values.help && !fits) {
    const expected = typeof wanted === 'number' ? `${wanted}` : `at least ${wanted.min}`;
    throw new EmocodeError(
      'EMOCODE_INVALID_OPTIONS',
      `emocode ${command.name}: expected ${expected} argument(s) (${command.usage || 'none'}), got ${count}. See emocode ${command.name} --help.`,
    );
  }
  return { values: parsed.values as CommandContext['values'], positionals: parsed.positionals };
}

/** The --help text of a command. */
export function commandHelp(command: Command): string {
  const options = { ...command.options, ...commonOptions };
  const flags = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ' <value>' : ''}`;
    return `  ${flag.padEnd(30)} ${o.description}`;
  });
  return `Usage: emocode ${command.name} ${command.usage}${command.usage ? ' ' : ''}[options]\n\n${command.summary}\n\nOptions:\n${flags.join('\n')}\n`;
}

/** A string option's value, or undefined when absent. */
export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A comma-separated list option (`--classes a,b,c`), trimmed, empty items removed. */
export function listOption(context: CommandContext, name: string): string[] | undefined {
  return stringOption(context, name)
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Prints `result` as one JSON document with --json, else the human text. */
export function printResult(context: CommandContext, result: unknown, text: () => string): void {
  context.out(context.json ? `${JSON.stringify(result, null, 2)}\n` : text());
}

/** `name  count` lines, aligned, for label and speaker counts. */
export function countLines(counts: Record<string, number>, indent = '  '): string {
  const width = Math.max(0, ...Object.keys(counts).map((k) => k.length));
  return Object.entries(counts)
    .map(([k, n]) => `${indent}${k.padEnd(width)}  ${String(n).padStart(5)}`)
    .join('\n');
}
