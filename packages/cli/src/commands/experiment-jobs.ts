import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { EmocodeError, type ErrorCode } from '@emocode/core';

/** `--jobs`: a count of at least 1, or `auto` for one per core. */
export function jobCount(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === 'auto') return os.availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new EmocodeError('EMOCODE_INVALID_OPTIONS', `emocode experiment run: --jobs must be a whole number ≥ 1 or auto, got '${value}'.`);
  return n;
}

/** The `emocode` entry this module belongs to: TypeScript source under tsx, else the build. */
function selfCommand(): string[] {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(fromSource ? '../bin.ts' : '../bin.js', import.meta.url));
  return fromSource ? ['--conditions=@emocode/source', '--import', 'tsx', entry] : [entry];
}

/**
 * Runs `emocode experiment run <args> --shard i/n` for i = 0..n−1 as child processes side by side,
 * each with one wasm thread unless EMOCODE_THREADS says otherwise; their log lines reach `log`
 * prefixed with the shard. Resolves to the number of runs the shards computed.
 * @throws EmocodeError with the code of the first shard that failed (its error line is logged),
 *   EMOCODE_INTERNAL when it died without one.
 */
export async function runShards(jobs: number, args: readonly string[], log: (text: string) => void): Promise<number> {
  const env = { ...process.env, EMOCODE_THREADS: process.env['EMOCODE_THREADS'] ?? '1' };
  const shards = Array.from({ length: jobs }, (_, i) => {
    const child = spawn(process.execPath, [...selfCommand(), 'experiment', 'run', ...args, '--shard', `${i}/${jobs}`, '--json'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let pending = '';
    let failure: ErrorCode = 'EMOCODE_INTERNAL';
    child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split(/\r?\n|\r/);
      pending = lines.pop() ?? '';
      for (const line of lines.filter((l) => l.trim())) {
        failure = (/^(EMOCODE_[A-Z_]+):/.exec(line)?.[1] as ErrorCode | undefined) ?? failure;
        log(`[shard ${i}/${jobs}] ${line}\n`);
      }
    });
    return new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0)
          reject(
            new EmocodeError(
              failure,
              `emocode experiment run: shard ${i}/${jobs} exited with code ${code}; its log lines above say why. Finished runs are kept: run again to resume.`,
            ),
          );
        else resolve((JSON.parse(out) as { computed: number }).computed);
      });
    });
  });
  const computed = await Promise.all(shards);
  return computed.reduce((a, b) => a + b, 0);
}
