import { selectBackend } from '@emocode/model';
import { printResult, stringOption, type Command } from '../args.js';

/** `emocode backend`: which tfjs backend this machine gets, and why. */
export const backendCommand: Command = {
  name: 'backend',
  summary: 'Select the tfjs backend (tfjs-node, else wasm, else cpu; EMOCODE_BACKEND forces one) and report it.',
  usage: '',
  options: {
    backend: { type: 'string', description: '<tensorflow|wasm|cpu> force this backend' },
    threads: { type: 'string', description: '<n> wasm threads (1..8; default: the cores Node reports)' },
  },
  async run(context) {
    const threads = stringOption(context, 'threads');
    const selection = await selectBackend({
      backend: stringOption(context, 'backend') as 'tensorflow' | 'wasm' | 'cpu' | undefined,
      threads: threads === undefined ? undefined : Number(threads),
    });
    const result = { ...selection, node: process.version, platform: `${process.platform}-${process.arch}` };
    printResult(
      context,
      result,
      () => `backend: ${selection.name}${selection.threads ? ` (${selection.threads} threads)` : ''}\nreason: ${selection.reason}\n`,
    );
  },
};
