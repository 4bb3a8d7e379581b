import { createRng } from '@emocode/core';
import { selectBackend, type BackendName } from '@emocode/model';
import { trainAae } from '@emocode/training';

/** One backend's measurement, printed by the child process as its last stdout line. */
export interface ChildResult {
  readonly backend: BackendName;
  readonly threads?: number;
  readonly rows: number;
  /** Median wall seconds of the epochs after the first (the first warms up XNNPACK operators). */
  readonly seconds_per_epoch: number;
  /** Process CPU seconds per epoch (all threads): less sensitive to a loaded machine than wall time. */
  readonly cpu_seconds_per_epoch: number;
  readonly epoch_seconds: readonly number[];
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Trains `epochs` epochs on seeded random data and prints a {@link ChildResult} JSON line. */
export async function runChild(backend: string, epochs: number, threads: number, rows: number, features: number): Promise<void> {
  try {
    const chosen = await selectBackend(backend === 'auto' ? { threads } : { backend: backend as BackendName, threads });
    const rng = createRng(1);
    const data = Float32Array.from({ length: rows * features }, () => rng.normal());
    const labels = Int32Array.from({ length: rows }, () => rng.int(4));
    const wall: number[] = [];
    const cpu: number[] = [];
    let lastCpu = process.cpuUsage();
    const onEpoch = (seconds: number, epoch: number) => {
      const now = process.cpuUsage();
      wall.push(seconds);
      cpu.push((now.user - lastCpu.user + now.system - lastCpu.system) / 1e6);
      lastCpu = now;
      process.stderr.write(`  ${chosen.name} epoch ${epoch}: ${seconds.toFixed(2)} s (cpu ${cpu.at(-1)!.toFixed(1)} s)\n`);
    };
    await trainAae(
      data,
      features,
      labels,
      { classes: 4, model: { codeSize: 2 }, epochs, seed: 0 },
      { onEpoch: (log) => onEpoch(log.seconds, log.epoch) },
    );
    const steady = (xs: number[]) => median(xs.length > 1 ? xs.slice(1) : xs);
    const result: ChildResult = {
      backend: chosen.name,
      ...(chosen.threads ? { threads: chosen.threads } : {}),
      rows,
      seconds_per_epoch: steady(wall),
      cpu_seconds_per_epoch: steady(cpu),
      epoch_seconds: wall,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message.split('\n')[0] : String(error) })}\n`);
  }
}
