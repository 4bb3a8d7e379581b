/**
 * Seconds per epoch of the paper-size AAE (random 4490 x 1582 inputs, 4 classes, code size 2,
 * batch 100, the three Adam phases of trainAae) on every tfjs backend that loads, next to PyTorch
 * running bench/torch_aae_epoch.py in the same run. Each backend runs in its own process (a tfjs
 * backend is chosen once per process). Last stdout line: one JSON object.
 * usage: pnpm bench   (or node --conditions=@emocode/source --import tsx bench/aae-epoch.ts
 *        [--epochs 3] [--threads 2] [--torch-epochs 3] [--backends wasm,cpu])
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runChild, type ChildResult } from './aae-epoch-child.js';
import { aaeEpochFlops, aaeSizes } from './aae-flops.js';
import { torchEpoch } from './torch-epoch.js';

const ROWS = 4490;
const FEATURES = 1582;

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    epochs: { type: 'string', default: '3' },
    threads: { type: 'string', default: '2' },
    'torch-epochs': { type: 'string', default: '3' },
    backends: { type: 'string', default: 'auto,tensorflow,wasm,cpu' },
    rows: { type: 'string' },
  },
});

function spawnChild(backend: string, epochs: number, threads: number): ChildResult | { error: string } {
  // cpu (plain JS) is ~50x slower: time 5 batches of it and scale to the full epoch.
  const rows = backend === 'cpu' ? 500 : ROWS;
  const args = [
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    '--child',
    backend,
    '--epochs',
    String(backend === 'cpu' ? 1 : epochs),
    '--threads',
    String(threads),
    '--rows',
    String(rows),
  ];
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, EMOCODE_BACKEND: '' },
  });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as ChildResult | { error: string };
  } catch {
    return { error: `child exited ${run.status}: ${last}` };
  }
}

function main(): void {
  const epochs = Number(values.epochs);
  const threads = Number(values.threads);
  const flops = aaeEpochFlops(ROWS, aaeSizes(FEATURES, 1000, 2, 4));
  const backends: Record<string, unknown> = {};
  let auto: ChildResult | undefined;
  for (const wanted of values.backends!.split(',')) {
    if (auto && wanted === auto.backend) continue;
    const r = spawnChild(wanted, epochs, threads);
    if ('error' in r) {
      backends[wanted] = r;
      continue;
    }
    const scaled = (r.seconds_per_epoch * ROWS) / r.rows;
    backends[r.backend] = {
      ...r,
      seconds_per_epoch: scaled,
      cpu_seconds_per_epoch: (r.cpu_seconds_per_epoch * ROWS) / r.rows,
      gflops: flops / scaled / 1e9,
      extrapolated_from_rows: r.rows < ROWS ? r.rows : undefined,
    };
    if (wanted === 'auto') auto = r;
    process.stderr.write(`aae-epoch: ${r.backend}: ${scaled.toFixed(2)} s/epoch, ${(flops / scaled / 1e9).toFixed(1)} GFLOP/s\n`);
  }
  const torch = torchEpoch(threads, Number(values['torch-epochs']));
  const torchSeconds = 'seconds' in torch ? torch.seconds : undefined;
  const backendName = auto?.backend ?? 'none';
  const summary = {
    backend: backendName,
    seconds_per_epoch: (backends[backendName] as { seconds_per_epoch?: number } | undefined)?.seconds_per_epoch,
    torch_seconds_per_epoch: torchSeconds,
    torch_gflops: torchSeconds ? flops / torchSeconds / 1e9 : undefined,
    cpu_seconds_per_epoch: (backends[backendName] as { cpu_seconds_per_epoch?: number } | undefined)?.cpu_seconds_per_epoch,
    torch_cpu_seconds_per_epoch: 'cpuSecondsPerEpoch' in torch ? torch.cpuSecondsPerEpoch : undefined,
    torch,
    threads,
    gflop_per_epoch: flops / 1e9,
    backends,
    load_average: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

if (values.child) await runChild(values.child, Number(values.epochs), Number(values.threads), Number(values.rows ?? ROWS), FEATURES);
else main();
