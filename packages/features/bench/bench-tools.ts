// Helpers of the benches: external programs used when present (sox for resampled copies, SMILExtract
// for timing) and the CPU time per second of audio.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when `command` runs (found on PATH). */
export async function onPath(command: string, probe: string[]): Promise<boolean> {
  return run(command, probe).then(
    () => true,
    () => false,
  );
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

/**
 * Copies of `names` (relative to `from`) at `rateHz` under `to`, made with sox (its default
 * high-quality linear-phase resampler), int16 without dither (`-D`): dither would add ±1 LSB
 * noise that moves near-silent frames and hides what the resampling itself does.
 */
export async function soxCopies(from: string, names: readonly string[], to: string, rateHz: number): Promise<void> {
  await eachLimited(names, 2, async (name) => {
    const out = join(to, name);
    await mkdir(dirname(out), { recursive: true });
    await run('sox', ['-D', join(from, name), out, 'rate', String(rateHz)]);
  });
}

/**
 * Wall seconds of SMILExtract over `files` (one process per file, sequential), with the IS10
 * config given by EMOCODE_SMILE_CONFIG; undefined when either is missing.
 */
export async function timeSmilExtract(files: readonly string[], outDir: string): Promise<number | undefined> {
  const config = process.env.EMOCODE_SMILE_CONFIG;
  if (config === undefined || !(await onPath('SMILExtract', ['-h']))) return undefined;
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    await run('SMILExtract', ['-C', config, '-I', file, '-csvoutput', join(outDir, `smile-${i}.csv`), '-nologfile']);
  }
  return (performance.now() - started) / 1000;
}

/**
 * CPU ms per second of 16 kHz audio of `extract` over `signals`, best of `rounds` passes (the first
 * warms the code up).
 */
export function bestCpuMsPerAudioSecond(
  extract: (signal: Float32Array) => unknown,
  signals: readonly Float32Array[],
  rounds: number,
): number {
  const seconds = signals.reduce((s, x) => s + x.length / 16000, 0);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.cpuUsage();
    for (const x of signals) extract(x);
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000 / seconds);
  }
  return best;
}
