import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EmocodeError, metaStrings, parseOptions } from '@emocode/core';
import { checkOutputFile } from '@emocode/core/node';
import { writeLabelsCsv, writeOpensmileCsv } from '@emocode/features/node';
import { synthesize } from '@emocode/synthesis';
import { loadTrainedCodec } from '@emocode/training/node';
import { printResult, stringOption, type Command, type CommandContext } from '../args.js';
import { readTrainingCodes } from './synthesize-codes.js';
import { synthesizeCommandOptions } from './synthesize-options.js';

async function readJson(path: string, what: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `emocode synthesize: --model must be a directory written by emocode train, got no readable ${what} at ${path}.`,
      { cause: error },
    );
  }
}

function readOptions(context: CommandContext) {
  const s = (name: string) => stringOption(context, name);
  return parseOptions(
    synthesizeCommandOptions,
    { model: s('model'), perClass: s('per-class'), seed: s('seed'), from: s('from'), spread: s('spread'), out: s('out') },
    'emocode synthesize',
  );
}

/** `emocode synthesize`: decode prior samples of a trained AAE into an openSMILE CSV + labels CSV. */
export const synthesizeCommand: Command = {
  name: 'synthesize',
  summary:
    'Sample codes per class (around the encoded training codes, or from the prior) of a trained AAE, decode them to openSMILE units and write an openSMILE CSV plus a labels CSV beside it.',
  usage: '',
  options: {
    model: { type: 'string', description: '<dir> output directory of emocode train (model/, standardizer.json, summary.json)' },
    'per-class': { type: 'string', description: '<n> synthetic rows per class' },
    seed: { type: 'string', description: '<s> sampling seed (default 0)' },
    from: {
      type: 'string',
      description: '<codes|prior> sample around encoded training codes of the class (default) or from its prior component',
    },
    spread: { type: 'string', description: '<x> with --from codes: noise sd as a fraction of the class code sd (default 0.5)' },
    out: { type: 'string', description: '<file.csv> openSMILE CSV to write; labels go to <file>.labels.csv' },
    force: { type: 'boolean', description: 'replace existing outputs that emocode did not write (never an input)' },
  },
  async run(context) {
    const o = readOptions(context);
    const dir = resolve(o.model);
    const labelsOut = o.out.replace(/\.csv$/i, '.labels.csv');
    for (const path of [o.out, labelsOut])
      await checkOutputFile(path, { force: context.values['force'] === true, context: 'emocode synthesize' });
    const summary = await readJson(join(dir, 'summary.json'), 'summary.json');
    const scaler = await readJson(join(dir, 'standardizer.json'), 'standardizer.json');
    const model = await loadTrainedCodec(join(dir, 'model'));
    try {
      if (!('prior' in model))
        throw new EmocodeError(
          'EMOCODE_INVALID_INPUT',
          `emocode synthesize: --model must hold an adversarial autoencoder, got ${model.kind}.`,
        );
      const classes = summary['classes'] as string[];
      const around =
        o.from === 'codes'
          ? { aroundCodes: { ...(await readTrainingCodes(join(dir, 'codes-train.csv'), classes, model.codeSize)), spread: o.spread } }
          : {};
      const table = synthesize(model, model.prior, {
        ...around,
        perClass: o.perClass,
        classes,
        seed: o.seed,
        featureNames: scaler['names'] as string[],
        standardizer: { mean: scaler['mean'] as number[], scale: scaler['scale'] as number[] },
      });
      const ids = metaStrings(table, 'name');
      await writeOpensmileCsv(o.out, { ids, names: table.names, data: table.data });
      await writeLabelsCsv(labelsOut, { name: ids, speaker: ids.map(() => 'synthetic'), label: metaStrings(table, 'label') });
      const result = {
        model: dir,
        rows: table.rows,
        features: table.dims,
        classes,
        perClass: o.perClass,
        seed: o.seed,
        from: o.from,
        out: resolve(o.out),
        labels: resolve(labelsOut),
        trainedNormalization: scaler['normalization'],
      };
      printResult(
        context,
        result,
        () =>
          `synthesized ${table.rows} rows (${o.perClass} per class: ${classes.join(', ')}) x ${table.dims} features -> ${result.out} (labels: ${result.labels})\n`,
      );
    } finally {
      model.dispose();
    }
  },
};
