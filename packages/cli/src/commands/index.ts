import type { Command } from '../args.js';
import { corpusCommand } from './corpus.js';
import { tableCommand } from './table.js';

/** Every `emocode` subcommand, in the order `emocode --help` lists them. Add yours here. */
export const commands: Command[] = [corpusCommand, tableCommand];
