import { FEATURE_SET_IDS, featureSet } from '@emocode/features';
import { extractFiles } from '@emocode/features/node';
import { printResult, stringOption, type Command, type CommandContext } from '../args.js';
import { shardFromScheduler } from '../shard-auto.js';
import { requiredOption } from './features-options.js';

function intOption(context: CommandContext, name: string): number | undefined {
  const text = stringOption(context, name);
  return text === undefined ? undefined : Number(text);
}

/** `emocode features extract <dir|files...> --out <file.csv> [--set is10|egemaps]`: features of many WAV files. */
export const featuresExtractCommand: Command = {
  name: 'features extract',
  summary:
    'Extract IS10 (1582) or eGeMAPS v02 (88) features of WAV files into an openSMILE-layout CSV; bad files are skipped (exit 1 only if all fail).',
  usage: '<dir|files...>',
  positionals: { min: 1 },
  options: {
    out: { type: 'string', short: 'o', description: '<file.csv> where to write the features (atomically; required)' },
    set: { type: 'string', description: `<${FEATURE_SET_IDS.join('|')}> feature set (default is10)` },
    jobs: { type: 'string', short: 'j', description: '<n> worker threads (default: available cores)' },
    shard: {
      type: 'string',
      description:
        '<i/n|auto|auto/n> extract only block i (0-based) of n of the sorted file list; auto: i and n from a Slurm array or Kubernetes Indexed Job (docs/cluster.md); join shards with emocode features merge',
    },
    force: { type: 'boolean', description: 'replace an existing --out that emocode did not write (never an input)' },
    'native-rate': {
      type: 'boolean',
      description: "run the feature set at each file's own rate instead of resampling to 16 kHz (openSMILE's behaviour)",
    },
    'no-cache': { type: 'boolean', description: 'neither read nor write the feature cache' },
    'cache-dir': { type: 'string', description: '<dir> feature cache (default data/cache/features)' },
    root: { type: 'string', description: '<dir> instance names are paths relative to this (default: the input folder)' },
  },
  async run(context) {
    const { summary, failures } = await extractFiles(
      context.positionals,
      {
        out: requiredOption(context, 'out', '<file.csv>'),
        jobs: intOption(context, 'jobs'),
        shard: shardFromScheduler(stringOption(context, 'shard')),
        force: context.values['force'] === true,
        targetRateHz: context.values['native-rate'] ? 'native' : 16000,
        featureSet: featureSet(stringOption(context, 'set') ?? 'is10').id,
        cache: context.values['no-cache'] !== true,
        cacheDir: stringOption(context, 'cache-dir'),
        root: stringOption(context, 'root'),
      },
      context.err,
    );
    const ok = summary.files - summary.failed;
    printResult(
      context,
      { ...summary, failures },
      () =>
        `extracted ${ok} of ${summary.files} files (${summary.cached} from cache, ${summary.failed} failed)` +
        `${summary.out ? ` -> ${summary.out}` : ' (nothing written)'}\n` +
        `${summary.audioSeconds.toFixed(1)} s of audio in ${summary.wallSeconds.toFixed(1)} s ` +
        `(${summary.realTimeFactor.toFixed(1)}x real time, ${summary.jobs} worker${summary.jobs === 1 ? '' : 's'}` +
        `${summary.shard.count > 1 ? `, shard ${summary.shard.index}/${summary.shard.count}` : ''})\n`,
    );
    return summary.files > 0 && summary.failed === summary.files ? 1 : 0;
  },
};
