import { EmocodeError } from '@emocode/core';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshSelectBackend() {
  vi.resetModules();
  return (await import('./select-backend.js')).selectBackend;
}

function captureStderr(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return { lines, restore: () => spy.mockRestore() };
}

describe('selectBackend', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('honours EMOCODE_BACKEND=cpu and prints exactly one line saying so', async () => {
    vi.stubEnv('EMOCODE_BACKEND', 'cpu');
    const selectBackend = await freshSelectBackend();
    const err = captureStderr();
    const chosen = await selectBackend();
    err.restore();
    const tf = await import('@tensorflow/tfjs-core');
    expect(chosen).toEqual({ name: 'cpu', reason: 'EMOCODE_BACKEND=cpu' });
    expect(tf.getBackend()).toBe('cpu');
    expect(err.lines).toEqual(['emocode: backend cpu (plain JavaScript): EMOCODE_BACKEND=cpu\n']);
  });

  it('returns the cached choice on a second call without printing again', async () => {
    vi.stubEnv('EMOCODE_BACKEND', 'cpu');
    const selectBackend = await freshSelectBackend();
    const err = captureStderr();
    const first = await selectBackend();
    const second = await selectBackend({ backend: 'wasm' });
    err.restore();
    expect(second).toBe(first);
    expect(err.lines).toHaveLength(1);
  });

  it('rejects an unknown EMOCODE_BACKEND with a clear EmocodeError', async () => {
    vi.stubEnv('EMOCODE_BACKEND', 'gpu');
    const selectBackend = await freshSelectBackend();
    const failure = await selectBackend().catch((e: unknown) => e);
    expect(EmocodeError.isInstance(failure)).toBe(true);
    expect((failure as EmocodeError).code).toBe('EMOCODE_INVALID_OPTIONS');
    expect((failure as EmocodeError).message).toMatch(/EMOCODE_BACKEND must be one of tensorflow\|wasm\|cpu, got 'gpu'/);
  });

  it('rejects an EMOCODE_THREADS outside 1..8 before loading any backend', async () => {
    vi.stubEnv('EMOCODE_BACKEND', 'cpu');
    vi.stubEnv('EMOCODE_THREADS', '12');
    const selectBackend = await freshSelectBackend();
    await expect(selectBackend({ threads: 2 })).rejects.toMatchObject({
      code: 'EMOCODE_INVALID_OPTIONS',
      message: expect.stringMatching(/threads/),
    });
  });

  it('rejects a thread count outside 1..8', async () => {
    vi.stubEnv('EMOCODE_BACKEND', '');
    // An EMOCODE_THREADS of the shell running the tests would override the option under test.
    vi.stubEnv('EMOCODE_THREADS', '');
    const selectBackend = await freshSelectBackend();
    await expect(selectBackend({ threads: 0 })).rejects.toMatchObject({ code: 'EMOCODE_INVALID_OPTIONS' });
  });

  it('falls back past the unloadable tfjs-node and names the reason when forced to load it', async () => {
    vi.stubEnv('EMOCODE_BACKEND', 'tensorflow');
    const selectBackend = await freshSelectBackend();
    const loads = await import('@tensorflow/tfjs-node' as string).then(
      () => true,
      () => false,
    );
    const result = await selectBackend().then(
      (s) => s.name,
      (e: unknown) => (e as EmocodeError).code,
    );
    expect(result).toBe(loads ? 'tensorflow' : 'EMOCODE_BACKEND');
  });
});
