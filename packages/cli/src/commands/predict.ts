import { parseOptions } from '@emocode/core';
import { stringOption, type Command, type CommandContext } from '../args.js';
import { accuracyNote, normalizationNote, predictionsCsv, predictionsTable } from './predict-format.js';
import { predictCommandOptions, type ResolvedPredictCommandOptions } from './predict-options.js';

function readOptions(context: CommandContext): ResolvedPredictCommandOptions {
  const [bundle, ...inputs] = context.positionals;
  const format = context.json ? 'json' : stringOption(context, 'format');
  const s = (name: string) => stringOption(context, name);
  return parseOptions(
    predictCommandOptions,
    { bundle, inputs, format, speaker: s('speaker'), jobs: s('jobs'), cacheDir: s('cache-dir') },
    'emocode predict',
  );
}

/** `emocode predict <bundle> <wav|dir|manifest.csv...>`: class, probabilities and code per file. */
export const predictCommand: Command = {
  name: 'predict',
  summary:
    'Predict the emotion of WAV files (files, folders, manifest CSVs) with a model bundle: class, probabilities and 2-D code per file; bad files are skipped (exit 1 if any failed).',
  usage: '<bundle> <wav|dir|manifest.csv...>',
  positionals: { min: 2 },
  options: {
    format: { type: 'string', description: '<table|csv|json> output on stdout (default table; --json = json)' },
    speaker: {
      type: 'string',
      description:
        '<name> speaker of the files given directly: with enough files (bundle.json minSpeakerFiles) they are normalised with their own statistics',
    },
    jobs: { type: 'string', short: 'j', description: '<n> extraction worker threads (default: available cores)' },
    'cache-dir': { type: 'string', description: '<dir> keep extracted features in this cache (default: no cache, nothing written)' },
  },
  async run(context) {
    const o = readOptions(context);
    // Loaded here, not at the top: other commands should not pay for the prediction code.
    const { loadModel } = await import('@emocode/predict');
    const { predictFiles } = await import('@emocode/predict/node');
    const model = await loadModel(o.bundle);
    const result = await predictFiles(model, o.inputs, { speaker: o.speaker, jobs: o.jobs, cacheDir: o.cacheDir }, context.err);
    if (o.format === 'json') {
      const notes = { normalization: normalizationNote(model, result.predictions), accuracy: accuracyNote(model, result.predictions) };
      context.out(
        `${JSON.stringify({ bundle: o.bundle, classes: model.classes, classifier: model.manifest.classifier.kind, ...result, notes }, null, 2)}\n`,
      );
    } else context.out(o.format === 'csv' ? predictionsCsv(model, result) : predictionsTable(model, result));
    if (o.format === 'csv') context.err(`${normalizationNote(model, result.predictions)}\n`);
    return result.failures.length > 0 ? 1 : 0;
  },
};
