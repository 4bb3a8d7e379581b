import { main } from '../main.js';

/** Runs the `emocode` CLI in-process, capturing what it writes to stdout and stderr (tests only). */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}
