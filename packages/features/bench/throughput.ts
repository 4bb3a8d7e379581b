// Part (c) of run-bench.ts alone: extractFiles throughput with 1 and 2 worker threads, no cache,
// in audio-seconds per wall-second and per CPU-second of the whole process (all threads; hardly
// affected by other jobs on a shared machine). EMOCODE_BENCH_EVERY=k uses every k-th file.
// The last stdout line is one JSON object.
import { loadavg } from 'node:os';
import { listExtractInputs } from '../src/node/extract-file-list.js';
import { extractFiles } from '../src/node/extract-files.js';
import { benchPaths, haveSharedData } from './bench-paths.js';

const round = (v: number, digits = 1): number => Number(v.toFixed(digits));

async function run(paths: readonly string[], jobs: number): Promise<{ wall: number; cpu: number }> {
  const before = process.cpuUsage();
  const { summary } = await extractFiles(paths, { jobs, cache: false, progress: false });
  const used = process.cpuUsage(before);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { wall: round(summary.realTimeFactor), cpu: round(summary.audioSeconds / cpuSeconds) };
}

async function main(): Promise<void> {
  if (!haveSharedData()) return console.log(JSON.stringify({ skipped: 'shared data not found' }));
  const every = Number(process.env.EMOCODE_BENCH_EVERY ?? 1);
  const { files } = await listExtractInputs([benchPaths.corpus]);
  const paths = files.filter((_, i) => i % every === 0).map((f) => f.path);
  const loadBefore = loadavg().map((l) => round(l, 2));
  const one = await run(paths, 1);
  const two = await run(paths, 2);
  console.log(
    JSON.stringify({
      files: paths.length,
      rtf_1_worker: one.wall,
      rtf_2_workers: two.wall,
      cpu_rtf_1_worker: one.cpu,
      cpu_rtf_2_workers: two.cpu,
      load_before: loadBefore,
      load_after: loadavg().map((l) => round(l, 2)),
    }),
  );
}

await main();
