import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';

/** Runs the `emocode` CLI in-process, capturing what it writes to stdout and stderr (tests only). */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/**
 * Runs an experiment's `quick` profile into a fresh temporary folder (`--out`), leaving the
 * experiment's own `results/` alone; `dir` is that folder, removed by `cleanup()`.
 */
export async function runQuickProfile(
  experimentDir: string,
): Promise<{ code: number; out: string; err: string; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'emocode-quick-'));
  const result = await runCli('experiment', 'run', experimentDir, '--profile', 'quick', '--out', dir, '--json');
  return { ...result, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
