export { main } from './main.js';
export { type Command, type CommandContext, type CommandIo, type OptionSpec } from './args.js';
