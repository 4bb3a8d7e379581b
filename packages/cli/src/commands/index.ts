import type { Command } from '../args.js';
import { backendCommand } from './backend.js';
import { corpusCommand } from './corpus.js';
import { experimentRunCommand } from './experiment-run.js';
import { featuresCompareCommand } from './features-compare.js';
import { featuresExtractCommand } from './features-extract.js';
import { featuresMergeCommand } from './features-merge.js';
import { predictCommand } from './predict.js';
import { reportCommand } from './report.js';
import { synthesizeCommand } from './synthesize.js';
import { tableCommand } from './table.js';
import { trainCommand } from './train.js';

/** Every `emocode` subcommand, in the order `emocode --help` lists them. Add yours here. */
export const commands: Command[] = [
  corpusCommand,
  tableCommand,
  featuresExtractCommand,
  featuresMergeCommand,
  featuresCompareCommand,
  experimentRunCommand,
  reportCommand,
  trainCommand,
  predictCommand,
  synthesizeCommand,
  backendCommand,
];
