import { createRng } from '@emocode/core';
import { selectBackend, type BackendName } from '@emocode/model';
import { trainAae } from '@emocode/training';
import * as tf from '@tensorflow/tfjs-core';
import { directAae } from './direct-aae.js';

/** One backend's measurement, printed by the child process as its last stdout line. */
export interface ChildResult {
  readonly backend: BackendName;
  readonly impl: string;
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
export async function runChild(backend: string, impl: string, epochs: number, threads: number, rows: number, features: number): Promise<void> {
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
        process.stderr.write(`  ${chosen.name} ${impl} epoch ${epoch}: ${seconds.toFixed(2)} s (cpu ${cpu.at(-1)!.toFixed(1)} s)\n`);
    };
    if (impl === 'direct') directEpochs(data, features, labels, epochs, onEpoch);
    else await trainAae(data, features, labels, { classes: 4, model: { codeSize: 2 }, epochs, seed: 0 }, { onEpoch: (log) => onEpoch(log.seconds, log.epoch) });
    const steady = (xs: number[]) => median(xs.length > 1 ? xs.slice(1) : xs);
    const result: ChildResult = { backend: chosen.name, impl, ...(chosen.threads ? { threads: chosen.threads } : {}), rows, seconds_per_epoch: steady(wall), cpu_seconds_per_epoch: steady(cpu), epoch_seconds: wall };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    if (process.env['BENCH_DEBUG']) console.error(error);
    process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message.split('\n')[0] : String(error) })}\n`);
  }
}

function directEpochs(data: Float32Array, features: number, labels: Int32Array, epochs: number, onEpoch: (s: number, e: number) => void): void {
  const rows = labels.length;
  const step = directAae(features, 4);
  const rng = createRng(2);
  for (let e = 1; e <= epochs; e++) {
    const t = performance.now();
    for (let i = 0; i < rows; i += 100) {
      const n = Math.min(100, rows - i);
      tf.tidy(() => {
        const x = tf.tensor2d(data.subarray(i * features, (i + n) * features), [n, features]);
        const y = labels.subarray(i, i + n);
        const oneHot = tf.cast(tf.oneHot(tf.tensor1d(y, 'int32'), 4), 'float32') as tf.Tensor2D;
        const prior = tf.tensor2d(Float32Array.from({ length: 2 * n }, (_, j) => 3 * (y[j >> 1]! - 1.5) + rng.normal()), [n, 2]);
        step(x, oneHot, prior);
      });
    }
    onEpoch((performance.now() - t) / 1000, e);
  }
}
