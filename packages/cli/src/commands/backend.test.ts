import { describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.js';

describe('emocode backend', () => {
  it('rejects an unknown backend with the allowed names', async () => {
    const bad = await run('backend', '--backend', 'gpu');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^EMOCODE_INVALID_OPTIONS: selectBackend: invalid options: backend: .*"tensorflow"\|"wasm"\|"cpu"/);
  });

  it('reports the forced cpu backend as one JSON document', async () => {
    const ok = await run('backend', '--backend', 'cpu', '--json');
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.out);
    expect(result).toMatchObject({ name: 'cpu', node: process.version });
    expect(result.reason).toMatch(/cpu/);
  });
});
