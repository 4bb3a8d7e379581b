// IS10 bench (pnpm bench): agreement with openSMILE's reference CSV on all RAVDESS speech files,
// downstream UAR on ours vs reference, throughput with 1 and 2 worker threads, SMILExtract timing
// when available, and agreement after resampling 22.05/44.1 kHz copies (made with sox).
// Progress and notes go to stderr; the last stdout line is one JSON object.
// EMOCODE_BENCH_EVERY=k uses every k-th file (quick runs); default: all 1440.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFeatureTable, selectRows, type FeatureTable } from '@emocode/core';
import { compareFeatureTables, type TableComparison } from '../src/compare/compare-tables.js';
import { listExtractInputs } from '../src/node/extract-file-list.js';
import { extractFiles, type ExtractFilesResult } from '../src/node/extract-files.js';
import { readFeatureTable } from '../src/node/read-table.js';
import { benchPaths, haveSharedData } from './bench-paths.js';
import { onPath, soxCopies, timeSmilExtract } from './bench-tools.js';
import { speakerFoldUar } from './bench-uar.js';

const note = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
const round = (v: number, digits = 4): number => Number(v.toFixed(digits));

function asTable(result: ExtractFilesResult): FeatureTable {
  return createFeatureTable({ names: result.names, data: result.data, meta: { name: [...result.ids] } });
}

function agreement(c: TableComparison): Record<string, unknown> {
  const worst = c.groups.reduce((w, g) => (g.medianPearson < w.medianPearson ? g : w));
  return {
    rows: c.rows,
    'share_values_within_1e-3': round(c.shareValuesWithin1e3, 5),
    'share_values_within_1e-2': round(c.shareValuesWithin1e2, 5),
    median_r: round(c.medianPearson, 6),
    median_spearman: round(c.medianSpearman, 6),
    share_r_ge_099: round(c.sharePearsonAtLeast099, 5),
    r_quantiles: Object.fromEntries(Object.entries(c.pearsonQuantiles).map(([k, v]) => [k, round(v, 5)])),
    worst_group: worst.group,
    worst_group_median_r: round(worst.medianPearson, 8),
    group_median_r: Object.fromEntries(c.groups.map((g) => [g.group, round(g.medianPearson, 8)])),
    worst_features: c.worst.slice(0, 20).map((f) => `${f.name} r=${f.pearson.toFixed(4)} within1e-3=${f.shareWithin1e3.toFixed(3)}`),
  };
}

async function selectedNames(every: number): Promise<string[]> {
  const { files } = await listExtractInputs([benchPaths.corpus]);
  return files.filter((_, i) => i % every === 0).map((f) => f.name);
}

async function resampledAgreement(names: readonly string[], reference: FeatureTable, rateHz: number): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), `emocode-bench-${rateHz}-`));
  try {
    await soxCopies(benchPaths.corpus, names, dir, rateHz);
    const result = await extractFiles([dir], { jobs: 2, cache: false });
    const c = compareFeatureTables(asTable(result), reference);
    return {
      median_r: round(c.medianPearson, 6),
      'share_values_within_1e-3': round(c.shareValuesWithin1e3, 5),
      share_r_ge_099: round(c.sharePearsonAtLeast099, 5),
      failed: result.summary.failed,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!haveSharedData()) {
    note(`shared data not found (${benchPaths.corpus}); nothing to bench`);
    console.log(JSON.stringify({ skipped: 'shared data not found' }));
    return;
  }
  const every = Number(process.env.EMOCODE_BENCH_EVERY ?? 1);
  const names = await selectedNames(every);
  const paths = names.map((n) => join(benchPaths.corpus, n));
  note(
    `${names.length} files; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on a shared machine: timings are noisy`,
  );
  const fullReference = await readFeatureTable(benchPaths.reference);
  const reference = every === 1 ? fullReference : selectRows(fullReference, rowsOf(fullReference, names));

  note('(c) 1 worker, no cache');
  const one = await timed(() => extractFiles(paths, { jobs: 1, cache: false, root: benchPaths.corpus }));
  note('(c) 2 workers, no cache');
  const two = await timed(() => extractFiles(paths, { jobs: 2, cache: false, root: benchPaths.corpus }));
  const ours = asTable(one);
  note('(a) agreement with the openSMILE reference');
  const a = agreement(compareFeatureTables(ours, reference));
  note('(b) 4-class UAR, same SVM and folds');
  const uarOurs = speakerFoldUar(ours, names);
  const uarReference = speakerFoldUar(reference, names);

  const smileSeconds = await timeSmilExtract(paths, await mkdtemp(join(tmpdir(), 'emocode-smile-')));
  if (smileSeconds === undefined) note('(d) SMILExtract skipped: not on PATH or EMOCODE_SMILE_CONFIG unset');
  const resampled: Record<string, unknown> = {};
  if (await onPath('sox', ['--version'])) {
    for (const rateHz of [22050, 44100]) {
      note(`(e) sox copies at ${rateHz} Hz, extracted with default resampling to 16 kHz`);
      resampled[`resampled_${rateHz}`] = await resampledAgreement(names, reference, rateHz);
    }
  } else note('(e) resampled copies skipped: sox not on PATH');

  const summary = {
    files: names.length,
    failed: one.summary.failed,
    ...a,
    uar_ours: round(uarOurs),
    uar_reference: round(uarReference),
    uar_diff_pt: round(100 * (uarOurs - uarReference), 2),
    rtf_1_worker: round(one.summary.realTimeFactor, 1),
    rtf_2_workers: round(two.summary.realTimeFactor, 1),
    // Audio seconds per CPU second of the whole process (all threads): hardly affected by other
    // jobs on the machine, so it shows the speed an idle core would give.
    cpu_rtf_1_worker: round(one.summary.audioSeconds / one.cpuSeconds, 1),
    cpu_rtf_2_workers: round(two.summary.audioSeconds / two.cpuSeconds, 1),
    two_workers_differing_values:
      two.data.length === one.data.length ? two.data.filter((v, i) => !Object.is(v, one.data[i])).length : 'row count differs',
    audio_seconds: round(one.summary.audioSeconds, 1),
    smilextract_rtf: smileSeconds === undefined ? null : round(one.summary.audioSeconds / smileSeconds, 1),
    ...Object.fromEntries(Object.entries(resampled).map(([k, v]) => [`${k}_median_r`, (v as { median_r: number }).median_r])),
    resampled,
    load_average: loadavg().map((l) => round(l, 2)),
  };
  console.log(JSON.stringify(summary));
}

async function timed(run: () => Promise<ExtractFilesResult>): Promise<ExtractFilesResult & { cpuSeconds: number }> {
  const before = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(before);
  return { ...result, cpuSeconds: (used.user + used.system) / 1e6 };
}

function rowsOf(table: FeatureTable, names: readonly string[]): number[] {
  const own = table.meta.array('name') as ArrayLike<string>;
  const rowOf = new Map(Array.from(own, (n, i) => [n, i]));
  return names.map((n) => rowOf.get(n) as number);
}

await main();
