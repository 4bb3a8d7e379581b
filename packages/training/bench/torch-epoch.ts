import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** PyTorch's seconds per epoch of the same AAE, or why it was not measured. */
export type TorchResult = { seconds: number; cpuSecondsPerEpoch: number; version: string; python: string } | { skipped: string };

// Runs the reference script unchanged, then reports its process CPU seconds (all threads) on stderr.
const runner = `import resource, runpy, sys
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name='__main__')
r = resource.getrusage(resource.RUSAGE_SELF)
sys.stderr.write('cpu_seconds %f\\n' % (r.ru_utime + r.ru_stime))`;

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/bench/torch_aae_epoch.py');

/** The first python3 that imports torch (Debian's python3-torch lives under /usr/bin, pyenv may shadow it). */
function torchPython(): string | undefined {
  return ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0);
}

/** Runs ../shared/bench/torch_aae_epoch.py (median of `epochs`) with `threads` threads; also its CPU seconds per epoch. */
export function torchEpoch(threads: number, epochs: number): TorchResult {
  if (!existsSync(script)) return { skipped: `${script} not found` };
  const python = torchPython();
  if (!python) return { skipped: "no python3 here can 'import torch' (apt-get install python3-torch)" };
  const run = spawnSync(python, ['-c', runner, script, '--threads', String(threads), '--epochs', String(epochs)], { encoding: 'utf8' });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  const match = /^torch (\S+) threads \d+: median ([\d.]+) s\/epoch/.exec(last);
  if (run.status !== 0 || !match) return { skipped: `torch run failed: ${(run.stderr || last).trim().split('\n').at(-1)}` };
  process.stderr.write(run.stdout);
  // Includes interpreter start and torch import (~1-2 s), spread over the epochs.
  const cpu = Number(/cpu_seconds ([\d.]+)/.exec(run.stderr)?.[1] ?? Number.NaN) / epochs;
  return { seconds: Number(match[2]), cpuSecondsPerEpoch: cpu, version: match[1]!, python };
}
