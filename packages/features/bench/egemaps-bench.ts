// eGeMAPS bench: (a) agreement of the 88 functionals with openSMILE's reference CSV on the RAVDESS
// speech files, per LLD group, and the 4-class UAR of one SVM on ours vs the reference (as
// run-bench.ts (b)); (b) the 25 frame-level LLDs of the 24 reference LLD files; (c) speed beside
// IS10 on RAVDESS and on EmoDB (voiced more of the time): extractFiles with 1 worker, no cache
// (files/s, × real time, audio-s per CPU-s), and the in-process CPU time per audio-second (every
// 8th file, best of 3 rounds). Each set runs on its own (its own worker, its own child process for
// the CPU time: two sets in one process share V8's compiled code and heap, so each one's time
// depended on the other), in the order eGeMAPS, IS10, IS10, eGeMAPS, so that this machine's drift
// (10–40 % within a minute) hits both alike. EMOCODE_BENCH_EVERY=k uses every k-th RAVDESS file
// for (a) and the throughput of (c). The last stdout line is one JSON object.
//   node --conditions=@emocode/source --import tsx packages/features/bench/egemaps-bench.ts
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createFeatureTable, metaStrings, selectRows } from '@emocode/core';
import { compareFeatureTables } from '../src/compare/compare-tables.js';
import { pearson } from '../src/compare/correlation.js';
import { featureSet, type FeatureSetId } from '../src/feature-set.js';
import { readWav } from '../src/io/read-wav.js';
import { hasShared, sharedPath } from '../src/io/testing/shared-data.js';
import { listExtractInputs } from '../src/node/extract-file-list.js';
import { extractFiles } from '../src/node/extract-files.js';
import { readFeatureTable } from '../src/node/read-table.js';
import { EGEMAPS_REFERENCE, ravdessSamples, referenceLlds, relativeError } from '../src/testing/is10-reference.js';
import { benchPaths } from './bench-paths.js';
import { bestCpuMsPerAudioSecond } from './bench-tools.js';
import { speakerFoldUar } from './bench-uar.js';

const note = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
const round = (v: number, digits = 4): number => Number(v.toFixed(digits));
const pct = (v: number): string => `${(100 * v).toFixed(2)} %`;
const CPU_ROUNDS = 3;
/** Each set twice, in an order that cancels a steady drift of the machine's speed. */
const ABBA: readonly FeatureSetId[] = ['egemaps', 'is10', 'is10', 'egemaps'];
const CPU_OF = '--cpu-of';

async function throughput(root: string, paths: readonly string[], set: FeatureSetId) {
  const before = process.cpuUsage();
  const result = await extractFiles(paths, { jobs: 1, cache: false, progress: false, root, featureSet: set });
  const used = process.cpuUsage(before);
  const s = result.summary;
  return { result, seconds: s.wallSeconds, files: s.files, audioSeconds: s.audioSeconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

type Throughput = Awaited<ReturnType<typeof throughput>>;

/**
 * Both sets through extractFiles in ABBA order, after an untimed run of each on a few files: the
 * first extraction of a process also warms up its main thread, which would count against the
 * set that goes first.
 */
async function throughputBySet(root: string, paths: readonly string[]): Promise<Record<FeatureSetId, Throughput[]>> {
  for (const set of ['egemaps', 'is10'] as const) await throughput(root, paths.slice(0, 8), set);
  const runs: Record<FeatureSetId, Throughput[]> = { egemaps: [], is10: [] };
  for (const set of ABBA) {
    note(`(c) ${set}, 1 worker, no cache, ${paths.length} files of ${root}`);
    runs[set].push(await throughput(root, paths, set));
  }
  return runs;
}

/** The ABBA runs of one set, pooled: files/s, × real time, audio-s per CPU-s. */
function pooled(runs: Throughput[]) {
  const sum = (f: (r: (typeof runs)[number]) => number) => runs.reduce((a, r) => a + f(r), 0);
  return {
    filesPerSecond: round(sum((r) => r.files) / sum((r) => r.seconds), 2),
    realTime: round(sum((r) => r.audioSeconds) / sum((r) => r.seconds), 1),
    cpuRealTime: round(sum((r) => r.audioSeconds) / sum((r) => r.cpuSeconds), 1),
  };
}

/** The corpora of the speed comparison: RAVDESS, and EmoDB, whose speech is voiced more of the time. */
const SPEED_CORPORA = { ravdess: benchPaths.corpus, emodb: sharedPath('corpora', 'emodb-16k') } as const;
type SpeedCorpus = keyof typeof SPEED_CORPORA;

function speedLine(egemaps: ReturnType<typeof pooled>, is10: ReturnType<typeof pooled>): string {
  const one = (s: ReturnType<typeof pooled>) => `${s.filesPerSecond} files/s, ${s.realTime}x real time (${s.cpuRealTime}x per CPU-s)`;
  return `eGeMAPS ${one(egemaps)}; IS10 ${one(is10)}`;
}

/** Every 8th file of a corpus, decoded (both corpora are 16 kHz). */
async function cpuSample(corpus: SpeedCorpus): Promise<Float32Array[]> {
  const { files } = await listExtractInputs([SPEED_CORPORA[corpus]]);
  const chosen = files.filter((_, i) => i % 8 === 0);
  return Promise.all(chosen.map(async (f) => readWav(new Uint8Array(await readFile(f.path))).samples));
}

/** CPU ms per audio-second of one set in this process, best of {@link CPU_ROUNDS} (the first warms up). */
function cpuMsPerAudioSecond(set: FeatureSetId, signals: readonly Float32Array[]): number {
  const extract = featureSet(set).extract;
  return bestCpuMsPerAudioSecond((x) => extract(x, { sampleRateHz: 16000 }), signals, CPU_ROUNDS);
}

/** {@link cpuMsPerAudioSecond} of each set in child processes of its own, ABBA twice; best per set. */
async function cpuBySet(corpus: SpeedCorpus): Promise<Record<FeatureSetId, number>> {
  const best: Record<string, number> = {};
  for (const set of [...ABBA, ...ABBA]) {
    const script = fileURLToPath(import.meta.url);
    const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, script, CPU_OF, set, corpus]);
    best[set] = Math.min(best[set] ?? Infinity, Number(stdout.trim()));
  }
  return { egemaps: round(best['egemaps']!, 2), is10: round(best['is10']!, 2) };
}

/** Per LLD column over the 24 reference LLD files: share within 1e-3 and Pearson r. */
function lldAgreement(): { name: string; within: number; r: number }[] {
  const files = readdirSync(sharedPath('reference', 'opensmile-egemaps', 'lld')).map((f) => f.replace('.lld.csv', ''));
  const set = featureSet('egemaps');
  const ours: number[][] = set.lldNames.map(() => []);
  const refs: number[][] = set.lldNames.map(() => []);
  for (const file of files) {
    const t = set.extractLlds(ravdessSamples(file), { sampleRateHz: 16000 });
    const ref = referenceLlds(file, EGEMAPS_REFERENCE);
    for (let n = 0; n < t.frames; n++) {
      set.lldNames.forEach((_, j) => {
        ours[j].push(t.data[n * set.lldNames.length + j]);
        refs[j].push(ref.rows[n][j]);
      });
    }
  }
  return set.lldNames.map((name, j) => ({
    name,
    within: ours[j].filter((v, i) => relativeError(v, refs[j][i]) <= 1e-3).length / ours[j].length,
    r: pearson(ours[j], refs[j]),
  }));
}

async function main(): Promise<void> {
  const referenceCsv = sharedPath('reference', 'opensmile-egemaps', EGEMAPS_REFERENCE.functionals);
  if (!hasShared('reference', 'opensmile-egemaps') || !hasShared('corpora', 'ravdess-speech-16k')) {
    note('shared data not found; nothing to bench');
    console.log(JSON.stringify({ skipped: 'shared data not found' }));
    return;
  }
  const every = Number(process.env.EMOCODE_BENCH_EVERY ?? 1);
  const { files } = await listExtractInputs([benchPaths.corpus]);
  const chosen = files.filter((_, i) => i % every === 0);
  const paths = chosen.map((f) => f.path);
  const loadBefore = loadavg().map((l) => round(l, 2));
  note(`${paths.length} files; load average ${loadBefore.join(' ')} (shared machine: wall-clock timings are noisy)`);

  const runs = await throughputBySet(benchPaths.corpus, paths);
  const emodbRuns = hasShared('corpora', 'emodb-16k')
    ? await throughputBySet(
        SPEED_CORPORA.emodb,
        (await listExtractInputs([SPEED_CORPORA.emodb])).files.map((f) => f.path),
      )
    : undefined;
  const [egemaps, is10] = [pooled(runs.egemaps), pooled(runs.is10)];
  const emodbSpeed = emodbRuns && { egemaps: pooled(emodbRuns.egemaps), is10: pooled(emodbRuns.is10) };
  note(`(c) CPU ms per audio-second, each set in its own process, ${2 * ABBA.length} processes per corpus`);
  const cpu = await cpuBySet('ravdess');
  const emodbCpu = hasShared('corpora', 'emodb-16k') ? await cpuBySet('emodb') : undefined;

  note('(a) agreement of the functionals with the openSMILE reference');
  const r = runs.egemaps[0]!.result;
  const ours = createFeatureTable({ names: r.names, data: r.data, meta: { name: [...r.ids] } });
  const full = await readFeatureTable(referenceCsv);
  const wanted = new Set(r.ids);
  const reference =
    every === 1
      ? full
      : selectRows(
          full,
          metaStrings(full, 'name').flatMap((n, i) => (wanted.has(n) ? [i] : [])),
        );
  const c = compareFeatureTables(ours, reference, { worst: 20 });
  console.log(
    `functionals: ${c.rows} files x ${c.features}: within 1e-3 ${pct(c.shareValuesWithin1e3)}, within 1e-2 ${pct(c.shareValuesWithin1e2)}, median r ${c.medianPearson.toFixed(6)}, min r ${c.pearsonQuantiles.q0.toFixed(5)}, r >= 0.99: ${pct(c.sharePearsonAtLeast099)}`,
  );
  console.log('| LLD group | functionals | within 1e-3 | median r | min r |');
  console.log('|---|---|---|---|---|');
  for (const g of c.groups)
    console.log(
      `| ${g.group} | ${g.features} | ${pct(g.shareValuesWithin1e3)} | ${g.medianPearson.toFixed(6)} | ${g.minPearson.toFixed(5)} |`,
    );
  const uarOurs = speakerFoldUar(ours, r.ids);
  const uarReference = speakerFoldUar(reference, r.ids);
  console.log(`4-class UAR, same SVM and speaker folds: ours ${pct(uarOurs)}, reference ${pct(uarReference)}`);
  console.log('worst features:');
  for (const f of c.worst) console.log(`  ${f.name.padEnd(44)} r ${f.pearson.toFixed(5)}  within 1e-3 ${pct(f.shareWithin1e3)}`);

  note('(b) frame-level LLDs of the 24 reference LLD files');
  const llds = lldAgreement();
  console.log('| LLD (24 files) | within 1e-3 | r |');
  console.log('|---|---|---|');
  for (const l of llds) console.log(`| ${l.name} | ${pct(l.within)} | ${l.r.toFixed(6)} |`);
  console.log(`speed (1 worker, RAVDESS ${paths.length} files, two runs per set pooled): ${speedLine(egemaps, is10)}`);
  if (emodbSpeed)
    console.log(`speed (1 worker, EmoDB all files, two runs per set pooled): ${speedLine(emodbSpeed.egemaps, emodbSpeed.is10)}`);
  console.log(
    `CPU ms per audio-second (each set in its own process, best of 4 processes x ${CPU_ROUNDS} rounds, every 8th file): RAVDESS eGeMAPS ${cpu.egemaps}, IS10 ${cpu.is10}; EmoDB ${emodbCpu ? `eGeMAPS ${emodbCpu.egemaps}, IS10 ${emodbCpu.is10}` : 'not found'}`,
  );
  console.log(
    JSON.stringify({
      files: c.rows,
      'share_values_within_1e-3': round(c.shareValuesWithin1e3, 5),
      median_r: round(c.medianPearson, 6),
      min_r: round(c.pearsonQuantiles.q0, 5),
      share_r_ge_099: round(c.sharePearsonAtLeast099, 5),
      uar_ours: round(uarOurs),
      uar_reference: round(uarReference),
      groups: Object.fromEntries(
        c.groups.map((g) => [g.group, { within_1e3: round(g.shareValuesWithin1e3, 5), median_r: round(g.medianPearson, 6) }]),
      ),
      lld_within_1e3: Object.fromEntries(llds.map((l) => [l.name, round(l.within, 5)])),
      egemaps_files_per_s: egemaps.filesPerSecond,
      egemaps_rtf: egemaps.realTime,
      egemaps_cpu_rtf: egemaps.cpuRealTime,
      is10_files_per_s: is10.filesPerSecond,
      is10_rtf: is10.realTime,
      is10_cpu_rtf: is10.cpuRealTime,
      emodb_egemaps_rtf: emodbSpeed?.egemaps.realTime,
      emodb_egemaps_cpu_rtf: emodbSpeed?.egemaps.cpuRealTime,
      emodb_is10_rtf: emodbSpeed?.is10.realTime,
      emodb_is10_cpu_rtf: emodbSpeed?.is10.cpuRealTime,
      egemaps_cpu_ms_per_audio_s: cpu.egemaps,
      is10_cpu_ms_per_audio_s: cpu.is10,
      emodb_egemaps_cpu_ms_per_audio_s: emodbCpu?.egemaps,
      emodb_is10_cpu_ms_per_audio_s: emodbCpu?.is10,
      load_before: loadBefore,
      load_after: loadavg().map((l) => round(l, 2)),
    }),
  );
}

if (process.argv[2] === CPU_OF)
  console.log(cpuMsPerAudioSecond(process.argv[3] as FeatureSetId, await cpuSample((process.argv[4] ?? 'ravdess') as SpeedCorpus)));
else await main();
