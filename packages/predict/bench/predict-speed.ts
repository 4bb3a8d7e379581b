// `pnpm --filter @emocode/predict bench`: a cold `emocode predict` of one 3-second utterance
// (targets < 1.5 s) and files/s of `predictFiles` over a folder on 2 worker threads (≥ 25).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../src/index.js';
import { predictFiles } from '../src/node/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const bundle = resolve(here, '../models/ravdess-4class');
const corpus = resolve(repo, '../shared/corpora/ravdess-speech-16k');
// 3.17 s, the shortest of actors 1-4.
const utterance = join(corpus, 'Actor_01/03-01-01-01-02-02-01.wav');
const folder = [1, 2, 3, 4].map((a) => join(corpus, `Actor_${String(a).padStart(2, '0')}`));
const runs = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** CPU seconds (user + system) of this process's finished children: /proc/self/stat cutime + cstime. */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * Wall and CPU seconds of `node args…` in a fresh process, `runs` times. On a machine shared with
 * other work the wall time grows with the load; the CPU time much less, so both are printed.
 */
function coldSeconds(args: string[]): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [started, cpuBefore] = [performance.now(), childCpuSeconds()];
    execFileSync(process.execPath, args, { cwd: repo, stdio: ['ignore', 'ignore', 'ignore'] });
    wall.push((performance.now() - started) / 1000);
    cpu.push(childCpuSeconds() - cpuBefore);
  }
  return { wall, cpu };
}

if (!existsSync(utterance)) {
  console.log(`bench: ${corpus} not found; it needs the RAVDESS corpus beside the checkout.`);
  process.exit(0);
}
console.log(
  `load average before: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')} (2 cores: above 2 means other work shares them)`,
);
const dist = join(repo, 'packages/cli/bin/emocode.js');
const cases: [string, string[]][] = [
  ['node -e 0 (the floor)', ['-e', '0']],
  ...(existsSync(join(repo, 'packages/cli/dist/bin.js'))
    ? [['emocode predict (built: bin/emocode.js)', [dist, 'predict', bundle, utterance]] as [string, string[]]]
    : []),
  [
    'emocode predict (source via tsx: pnpm -s emocode)',
    ['--conditions=@emocode/source', '--import', 'tsx', 'packages/cli/src/bin.ts', 'predict', bundle, utterance],
  ],
];
if (!existsSync(join(repo, 'packages/cli/dist/bin.js')))
  console.log('(packages/cli/dist is not built: `pnpm --filter @emocode/cli build` adds the built command)');
for (const [name, args] of cases) {
  const { wall, cpu } = coldSeconds(args);
  console.log(
    `cold ${name}: median ${median(wall).toFixed(2)} s wall, ${median(cpu).toFixed(2)} s CPU of ${runs} runs (wall ${wall.map((s) => s.toFixed(2)).join(', ')})`,
  );
}

const model = await loadModel(bundle);
const cpuBefore = process.cpuUsage();
const result = await predictFiles(model, folder, { jobs: 2, progress: false });
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const files = result.predictions.length + result.failures.length;
console.log(
  `folder: ${files} files (actors 1-4, 3.2-5.0 s each) in ${result.wallSeconds.toFixed(2)} s on 2 worker threads = ${(files / result.wallSeconds).toFixed(1)} files/s; ` +
    `${cpuSeconds.toFixed(1)} s CPU (every thread) = ${((2 * files) / cpuSeconds).toFixed(1)} files/s if 2 cores were free`,
);
console.log(
  `load average after: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`,
);
