import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { metaStrings, parseOptions } from '@emocode/core';
import { checkOutputFolder, writeFileAtomic } from '@emocode/core/node';
import { selectBackend } from '@emocode/model';
import { aaeRecipes, trainAae, type TrainAaeOptions } from '@emocode/training';
import { directoryCheckpointStore, progressHooks } from '@emocode/training/node';
import { listOption, printResult, stringOption, type Command, type CommandContext } from '../args.js';
import { loadTrainData, standardizerJson } from './train-data.js';
import { trainCommandOptions, type ResolvedTrainCommandOptions } from './train-options.js';
import { extractCorpus } from './train-corpus.js';
import { saveModelAtomic, writeCodes, writeCodeScatter, writeLosses } from './train-outputs.js';
import { bundleOptionSpecs, bundleText, writeTrainBundle } from './train-bundle.js';

function readOptions(context: CommandContext): ResolvedTrainCommandOptions {
  const s = (name: string) => stringOption(context, name);
  return parseOptions(
    trainCommandOptions,
    {
      features: s('features'),
      labels: s('labels'),
      corpus: s('corpus'),
      group: s('group'),
      classes: listOption(context, 'classes'),
      codeSize: s('code-size'),
      epochs: s('epochs'),
      seed: s('seed'),
      normalization: s('normalization'),
      out: s('out'),
      resume: context.values['resume'] === true,
      hidden: listOption(context, 'hidden'),
      batchSize: s('batch-size'),
      cvFolds: s('cv-folds'),
      classifier: s('classifier'),
      minSpeakerFiles: s('min-speaker-files'),
    },
    'emocode train',
  );
}

/** The recipe `aaeRecipes.ours` with the command's code size, epochs, seed, widths and checkpoint. */
function trainingOptions(o: ResolvedTrainCommandOptions, classes: number, out: string): TrainAaeOptions {
  const recipe = aaeRecipes.ours;
  const widths = o.hidden ? { hidden: o.hidden, discriminatorHidden: o.hidden } : {};
  return {
    ...recipe,
    model: { ...recipe.model, ...widths, codeSize: o.codeSize },
    classes,
    epochs: o.epochs,
    seed: o.seed,
    ...(o.batchSize ? { batchSize: o.batchSize } : {}),
    checkpoint: { store: directoryCheckpointStore(join(out, 'checkpoint')), resume: o.resume },
  };
}

/** `emocode train`: AAE on an openSMILE table; writes losses, plots, model and standardizer into --out. */
export const trainCommand: Command = {
  name: 'train',
  summary:
    "Train an adversarial autoencoder (the AAE study's recipe) on an openSMILE CSV with labels; write losses, plots, codes, the model and its standardizer.",
  usage: '',
  options: {
    features: { type: 'string', description: '<openSMILE.csv> feature table (required unless --corpus)' },
    labels: {
      type: 'string',
      description: '<labels.csv> name,speaker,label,... (required with --features; see emocode corpus --labels-out)',
    },
    corpus: {
      type: 'string',
      description:
        "<ravdess|iemocap|manifest.csv> extract the IS10 features of a corpus's WAV files instead (into <out>/features.is10.csv, labels.csv)",
    },
    group: { type: 'string', description: '<column> labels column for per-speaker normalisation (default speaker)' },
    classes: { type: 'string', description: '<a,b,c> classes in prior order; other labels are an error (default: all, sorted)' },
    'code-size': { type: 'string', description: '<d> code dimensions (default 2)' },
    epochs: { type: 'string', description: '<n> total epochs (default 30)' },
    seed: { type: 'string', description: '<s> seed of initialisers, shuffling, dropout and prior (default 0)' },
    normalization: { type: 'string', description: '<global|per-speaker> z-score (default per-speaker)' },
    out: { type: 'string', description: '<dir> output directory (default train-run)' },
    resume: { type: 'boolean', description: 'continue from <out>/checkpoint/ instead of starting over' },
    force: {
      type: 'boolean',
      description: 'train again into an --out that already holds a model (it is replaced only once the new one is written)',
    },
    hidden: { type: 'string', description: '<w,w> hidden widths of all three nets (default 256,256)' },
    'batch-size': { type: 'string', description: '<n> mini-batch rows (default 32)' },
    ...bundleOptionSpecs,
  },
  async run(context) {
    const o = readOptions(context);
    const backend = await selectBackend();
    const out = resolve(o.out);
    if (!o.resume)
      await checkOutputFolder(out, {
        force: context.values['force'] === true,
        finished: 'summary.json',
        context: 'emocode train',
        hint: '--resume continues its training.',
      });
    const inputs = o.corpus
      ? await extractCorpus(o.corpus, o.classes, out, context.err)
      : { features: o.features as string, labels: o.labels as string };
    const data = await loadTrainData(inputs.features, { ...o, ...inputs });
    await mkdir(out, { recursive: true });
    const started = performance.now();
    const { rows, dims } = data.table;
    const hooks = progressHooks({ label: `aae d=${o.codeSize}` });
    const options = trainingOptions(o, data.classes.length, out);
    const model = await trainAae(data.x, dims, data.labels, options, hooks);
    try {
      await writeLosses(out, model.history);
      const codes = model.encode(data.x, rows);
      await writeCodes(out, metaStrings(data.table, 'name'), metaStrings(data.table, 'label'), codes, o.codeSize);
      await writeCodeScatter(out, model, codes, data.labels, data.classes);
      await saveModelAtomic(out, model);
      await writeFileAtomic(join(out, 'standardizer.json'), standardizerJson(data.standardizer, data.table.names, o.normalization));
      const bundle = await writeTrainBundle(out, data, o, model, options, context.err);
      const first = model.history[0];
      const last = model.history.at(-1);
      const summary = {
        features: inputs.features,
        labels: inputs.labels,
        rows,
        dims,
        classes: data.classes,
        codeSize: o.codeSize,
        normalization: o.normalization,
        seed: o.seed,
        epochs: model.history.length,
        resumed: o.resume,
        backend: backend.name,
        seconds: (performance.now() - started) / 1000,
        firstEpoch: first,
        lastEpoch: last,
        out,
        bundle,
      };
      await writeFileAtomic(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
      printResult(
        context,
        summary,
        () =>
          `trained AAE d=${o.codeSize} on ${rows} rows x ${dims} features (${data.classes.join(', ')}), ${summary.epochs} epochs -> ${out}\n` +
          `epoch ${last?.epoch}: rec ${last?.reconstruction.toFixed(4)} disc ${last?.discriminator.toFixed(4)} gen ${last?.generator.toFixed(4)}\n` +
          `${bundleText(bundle)}\n`,
      );
    } finally {
      model.dispose();
    }
  },
};
