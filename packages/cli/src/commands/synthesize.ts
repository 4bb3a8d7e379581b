import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EmocodeError, metaStrings, parseOptions } from '@emocode/core';
import { writeLabelsCsv, writeOpensmileCsv } from '@emocode/features/node';
import { synthesize } from '@emocode/synthesis';
import { loadTrainedCodec } from '@emocode/training/node';
import { printResult, stringOption, type Command, type CommandContext } from '../args.js';
import { synthesizeCommandOptions } from './synthesize-options.js';

async function readJson(path: string, what: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new EmocodeError('EMOCODE_NOT_FOUND', `emocode synthesize: --model must be a directory written by emocode train, got no readable ${what} at ${path}.`, { cause: error });
  }
}

function readOptions(context: CommandContext) {
  const s = (name: string) => stringOption(context, name);
  return parseOptions(synthesizeCommandOptions, { model: s('model'), perClass: s('per-class'), seed: s('seed'), out: s('out') }, 'emocode synthesize');
}

/** `emocode synthesize`: decode prior samples of a trained AAE into an openSMILE CSV + labels CSV. */
export const synthesizeCommand: Command = {
  name: 'synthesize',
  summary: 'Sample codes per class from a trained AAE\'s prior, decode them to openSMILE units and write an openSMILE CSV plus a labels CSV beside it.',
  usage: '',
  options: {
    model: { type: 'string', description: '<dir> output directory of emocode train (model/, standardizer.json, summary.json)' },
    'per-class': { type: 'string', description: '<n> synthetic rows per class' },
    seed: { type: 'string', description: '<s> sampling seed (default 0)' },
    out: { type: 'string', description: '<file.csv> openSMILE CSV to write; labels go to <file>.labels.csv' },
  },
  async run(context) {
    const o = readOptions(context);
    const dir = resolve(o.model);
    const summary = await readJson(join(dir, 'summary.json'), 'summary.json');
    const scaler = await readJson(join(dir, 'standardizer.json'), 'standardizer.json');
    const model = await loadTrainedCodec(join(dir, 'model'));
    try {
      if (!('prior' in model)) throw new EmocodeError('EMOCODE_INVALID_INPUT', `emocode synthesize: --model must hold an adversarial autoencoder, got ${model.kind}.`);
      const classes = summary['classes'] as string[];
      const table = synthesize(model, model.prior, {
        perClass: o.perClass, classes, seed: o.seed, featureNames: scaler['names'] as string[],
        standardizer: { mean: scaler['mean'] as number[], scale: scaler['scale'] as number[] },
      });
      const ids = metaStrings(table, 'name');
      const labelsOut = o.out.replace(/\.csv$/i, '.labels.csv');
      await writeOpensmileCsv(o.out, { ids, names: table.names, data: table.data });
      await writeLabelsCsv(labelsOut, { name: ids, speaker: ids.map(() => 'synthetic'), label: metaStrings(table, 'label') });
      const result = { model: dir, rows: table.rows, features: table.dims, classes, perClass: o.perClass, seed: o.seed, out: resolve(o.out), labels: resolve(labelsOut), trainedNormalization: scaler['normalization'] };
      printResult(context, result, () => `synthesized ${table.rows} rows (${o.perClass} per class: ${classes.join(', ')}) x ${table.dims} features -> ${result.out} (labels: ${result.labels})\n`);
    } finally {
      model.dispose();
    }
  },
};
