import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { EmocodeError, parseOptions } from '@emocode/core';
import { formatTTestP } from '@emocode/evaluation';
import { printResult, stringOption, type Command } from '../args.js';
import { overridesFromEnv, runOverrides } from '../experiment/data-source-options.js';
import { loadExperiment } from '../experiment/load-experiment.js';
import { dataSources } from '../experiment/load-experiment-table.js';
import { claimResultsFolder, resultsFolders } from '../experiment/results-folder.js';
import { runExperiment } from '../experiment/run-experiment.js';
import { shardFromScheduler } from '../shard-auto.js';
import { jobCount, runShards } from './experiment-jobs.js';

/** `emocode experiment run <experiment.ts|dir>`: run a declarative experiment, resuming finished folds. */
export const experimentRunCommand: Command = {
  name: 'experiment run',
  summary:
    'Run an experiment spec (a .ts or .json file anywhere, or a folder with experiment.ts): folds, normalisation, systems, SVM; writes results/<spec name>/ (summary.json, tables, plots); resumes finished folds.',
  usage: '<spec.ts|spec.json|dir>',
  positionals: 1,
  options: {
    features: { type: 'string', description: '<csv> openSMILE-layout feature table (overrides EMOCODE_FEATURES and the spec)' },
    'feature-set': {
      type: 'string',
      description: '<is10|egemaps> feature set; without --features its reference CSV (overrides EMOCODE_FEATURE_SET and data.featureSet)',
    },
    labels: { type: 'string', description: '<csv> labels CSV name,speaker,label,... (overrides EMOCODE_LABELS; default: from the corpus)' },
    group: { type: 'string', description: '<column> labels column used as fold group (overrides EMOCODE_GROUP; default speaker)' },
    corpus: {
      type: 'string',
      description:
        "<name> run the spec on this corpus, e.g. emodb; features other than RAVDESS's reference table are extracted by emocode once into data/features/ (overrides EMOCODE_CORPUS)",
    },
    folds: {
      type: 'string',
      description:
        "<loso|k> leave one fold group out, or group k-fold with k folds (overrides EMOCODE_FOLDS and the spec); IEMOCAP's protocol: --group session --folds loso",
    },
    classifier: {
      type: 'string',
      description:
        "<fixed|tuned> the spec's fixed C and gamma, or both tuned on inner speaker-independent folds of each training fold (overrides EMOCODE_CLASSIFIER and the spec)",
    },
    normalization: {
      type: 'string',
      description:
        '<none|global|per-speaker> z-scores fitted on training rows, or per speaker (overrides EMOCODE_NORMALIZATION, the profile and the spec)',
    },
    seeds: {
      type: 'string',
      description:
        '<list> comma-separated seeds, e.g. 0 (overrides EMOCODE_SEEDS, the profile and the spec); runs of other seeds stay in the run store',
    },
    profile: {
      type: 'string',
      description:
        "<quick|reduced|full> quick: few folds and epochs, for CI; reduced: the spec's named subset (overrides EMOCODE_PROFILE; default full)",
    },
    out: {
      type: 'string',
      description: "<dir> write results and the run store there instead of the experiment's results/ (overrides EMOCODE_OUT)",
    },
    jobs: {
      type: 'string',
      description:
        '<n|auto> run n --shard processes side by side (one wasm thread each unless EMOCODE_THREADS is set), then write results/; auto: one per core (default 1)',
    },
    shard: {
      type: 'string',
      description:
        '<i/n|auto|auto/n> (auto: i and n from a Slurm array or Kubernetes Indexed Job, docs/cluster.md) compute one n-th of the runs (shard i), so n processes (EMOCODE_THREADS=1 each) share the work; the last to finish writes results/ (overrides EMOCODE_SHARD)',
    },
  },
  async run(context) {
    const flags = {
      features: stringOption(context, 'features'),
      featureSet: stringOption(context, 'feature-set'),
      labels: stringOption(context, 'labels'),
      group: stringOption(context, 'group'),
      corpus: stringOption(context, 'corpus'),
      folds: stringOption(context, 'folds'),
      classifier: stringOption(context, 'classifier'),
      profile: stringOption(context, 'profile'),
      normalization: stringOption(context, 'normalization'),
      seeds: stringOption(context, 'seeds'),
      shard: stringOption(context, 'shard'),
      out: stringOption(context, 'out'),
    };
    const chosen = overridesFromEnv(flags);
    const overrides = parseOptions(runOverrides, { ...chosen, shard: shardFromScheduler(chosen.shard) }, 'emocode experiment run');
    const { spec, dir, file } = await loadExperiment(context.positionals[0] as string);
    const folders = resultsFolders(spec.name, dir, overrides.out);
    if (overrides.out === undefined) await claimResultsFolder(folders.tables, file);
    else if ((await stat(folders.tables).catch(() => undefined))?.isFile()) {
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        `emocode experiment run: --out ${overrides.out} is a file; name a folder (it is made when missing).`,
      );
    }
    const given = Object.entries(flags).flatMap(([k, v]) => (v ? [`--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, v] : []));
    const command = ['emocode experiment run', context.positionals[0], ...given].join(' ');
    const jobs = jobCount(stringOption(context, 'jobs'));
    if (jobs > 1 && overrides.shard)
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        'emocode experiment run: --jobs starts its own shards; drop --shard (or EMOCODE_SHARD) or --jobs.',
      );
    // Features to extract are extracted here, once, before the shards read them.
    if (jobs > 1) await dataSources(spec, dir, overrides, context.err);
    // The shards compute every run; this process then only reads them back and writes results/.
    const bySiblings = jobs > 1 ? await runShards(jobs, [context.positionals[0] as string, ...given], context.err) : 0;
    const run = await runExperiment(spec, dir, overrides, context.err, command);
    run.computed += bySiblings;
    run.reused -= bySiblings;
    const { summary } = run;
    if (!summary) {
      const result = { runDir: run.runDir, computed: run.computed, reused: run.reused, pending: run.pending };
      printResult(
        context,
        result,
        () =>
          `${spec.name}: this shard is done (${run.computed} runs computed, ${run.reused} reused); ${run.pending} runs of other shards are not, so no results yet: the last shard to finish writes them.\n`,
      );
      return;
    }
    printResult(context, { ...summary, runDir: run.runDir, computed: run.computed, reused: run.reused, files: run.files }, () => {
      const width = Math.max(...summary.systems.map((s) => s.name.length));
      const pct = (v: number) => (Number.isNaN(v) ? '  –' : (100 * v).toFixed(1));
      const lines = summary.systems.map(
        (s) =>
          `  ${s.name.padEnd(width)}  UAR ${pct(s.uar.mean)} ± ${pct(s.uar.sd)}  WA ${pct(s.wa.mean)}${s.vsBaseline ? `  Δ ${(100 * s.vsBaseline.meanDiff).toFixed(1)} (t-test p ${formatTTestP(s.vsBaseline)})` : ''}`,
      );
      return `${summary.name} (${summary.profile}, ${summary.folds} folds, chance ${(100 * summary.chanceUar).toFixed(1)}; ${run.computed} runs computed, ${run.reused} reused)\n${lines.join('\n')}\nresults: ${relative(process.cwd(), folders.tables) || '.'}/summary.md\n`;
    });
  },
};
