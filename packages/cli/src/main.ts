import { EmocodeError } from '@emocode/core';
import { commandHelp, parseCommandArgs, type Command, type CommandIo } from './args.js';
import { printError } from './print-error.js';

const processIo: CommandIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: emocode <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun emocode <command> --help for its options.\n`;
}

/**
 * Runs `emocode` with `argv` (without node and script) and resolves to the exit code:
 * 0 on success, 1 on error (printed as `CODE: message` on stderr). `commands` defaults to every
 * command (commands/index.ts, loaded on first use); bin.ts passes only `predict` for a fast start.
 */
export async function main(argv: string[], io: CommandIo = processIo, given?: readonly Command[]): Promise<number> {
  const debug = argv.includes('--debug');
  const commands = given ?? (await import('./commands/index.js')).commands;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview(commands));
    return 0;
  }
  // Two-word commands (`features extract`) take precedence over a one-word prefix.
  const twoWord = commands.find((c) => c.name === `${name} ${rest[0] ?? ''}`);
  const command = twoWord ?? commands.find((c) => c.name === name);
  if (twoWord) rest.shift();
  try {
    if (!command) {
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        `emocode: the command must be one of ${commands.map((c) => c.name).join(', ')}, got "${name}". Run emocode --help.`,
      );
    }
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.out(commandHelp(command));
      return 0;
    }
    return (await command.run({ ...io, values, positionals, json: values.json === true, debug })) ?? 0;
  } catch (error) {
    printError(error, io.err, debug);
    return 1;
  }
}
