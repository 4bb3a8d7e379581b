// eGeMAPS bench: (a) agreement of the 88 functionals with openSMILE's reference CSV on the RAVDESS
// speech files, per LLD group, and the 4-class UAR of one SVM on ours vs the reference (as
// run-bench.ts (b)); (b) the 25 frame-level LLDs of the 24 reference LLD files; (c) speed
// beside IS10: extractFiles with 1 worker, no cache (files/s, × real time, audio-s per CPU-s) and
// the in-process CPU time per audio-second (best of 5 rounds alternating the sets, every 8th
// file). EMOCODE_BENCH_EVERY=k uses every k-th file for (a) and the throughput of (c). The last
// stdout line is one JSON object.
//   node --conditions=@emocode/source --import tsx packages/features/bench/egemaps-bench.ts
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createFeatureTable, metaStrings, selectRows } from '@emocode/core';
import { compareFeatureTables } from '../src/compare/compare-tables.js';
import { pearson } from '../src/compare/correlation.js';
import { featureSet, type FeatureSetId } from '../src/feature-set.js';
import { hasShared, sharedPath } from '../src/io/testing/shared-data.js';
import { listExtractInputs } from '../src/node/extract-file-list.js';
import { extractFiles } from '../src/node/extract-files.js';
import { readFeatureTable } from '../src/node/read-table.js';
import { EGEMAPS_REFERENCE, ravdessSamples, referenceLlds, relativeError } from '../src/testing/is10-reference.js';
import { benchPaths } from './bench-paths.js';
import { speakerFoldUar } from './bench-uar.js';

const note = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
const round = (v: number, digits = 4): number => Number(v.toFixed(digits));
const pct = (v: number): string => `${(100 * v).toFixed(2)} %`;
const CPU_ROUNDS = 5;

async function throughput(paths: readonly string[], set: FeatureSetId) {
  const before = process.cpuUsage();
  const result = await extractFiles(paths, { jobs: 1, cache: false, progress: false, root: benchPaths.corpus, featureSet: set });
  const used = process.cpuUsage(before);
  const s = result.summary;
  return {
    result,
    filesPerSecond: round(s.files / s.wallSeconds, 2),
    realTime: round(s.realTimeFactor, 1),
    cpuRealTime: round(s.audioSeconds / ((used.user + used.system) / 1e6), 1),
  };
}

/**
 * In-process CPU ms per audio-second of each set, best of `rounds`, the sets alternating within
 * each round: on a shared machine whose speed drifts by tens of percent over a minute, timing one
 * set after the other compares two different machines.
 */
function cpuMsPerAudioSecond(sets: readonly FeatureSetId[], signals: readonly Float32Array[], rounds: number): Record<string, number> {
  const seconds = signals.reduce((s, x) => s + x.length / 16000, 0);
  const best: Record<string, number> = Object.fromEntries(sets.map((id) => [id, Infinity]));
  for (let r = 0; r < rounds; r++) {
    for (const id of sets) {
      const extract = featureSet(id).extract;
      const t0 = process.cpuUsage();
      for (const x of signals) extract(x, { sampleRateHz: 16000 });
      const t = process.cpuUsage(t0);
      best[id] = Math.min(best[id]!, (t.user + t.system) / 1000 / seconds);
    }
  }
  return Object.fromEntries(sets.map((id) => [id, round(best[id]!, 2)]));
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

  note('(c) eGeMAPS, 1 worker, no cache');
  const egemaps = await throughput(paths, 'egemaps');
  note('(c) IS10, 1 worker, no cache');
  const is10 = await throughput(paths, 'is10');
  const sample = files.filter((_, i) => i % 8 === 0).map((f) => ravdessSamples(f.name.split('/')[1].replace('.wav', '')));
  note(`(c) CPU ms per audio-second, ${CPU_ROUNDS} rounds alternating the sets`);
  const cpu = cpuMsPerAudioSecond(['egemaps', 'is10'], sample, CPU_ROUNDS);
  const [cpuEgemaps, cpuIs10] = [cpu['egemaps']!, cpu['is10']!];

  note('(a) agreement of the functionals with the openSMILE reference');
  const r = egemaps.result;
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
  console.log(
    `speed (1 worker, ${paths.length} files): eGeMAPS ${egemaps.filesPerSecond} files/s, ${egemaps.realTime}x real time (${egemaps.cpuRealTime}x per CPU-s); IS10 ${is10.filesPerSecond} files/s, ${is10.realTime}x (${is10.cpuRealTime}x per CPU-s)`,
  );
  console.log(
    `CPU ms per audio-second (best of ${CPU_ROUNDS}, sets alternating, ${sample.length} files): eGeMAPS ${cpuEgemaps}, IS10 ${cpuIs10}`,
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
      egemaps_cpu_ms_per_audio_s: cpuEgemaps,
      is10_cpu_ms_per_audio_s: cpuIs10,
      load_before: loadBefore,
      load_after: loadavg().map((l) => round(l, 2)),
    }),
  );
}

await main();
