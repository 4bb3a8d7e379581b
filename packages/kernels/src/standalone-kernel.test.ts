import { describe, expect, it } from 'vitest';
import { orderedMatVecKernel } from './ordered-mat-vec.js';
import { standaloneKernel } from './standalone-kernel.js';

describe('standaloneKernel', () => {
  it('sizes its memory up front: asking for that much grows nothing (the same buffer)', () => {
    const bytes = 5 * 65536 + 8;
    const kernel = standaloneKernel(orderedMatVecKernel, { singleThread: true, bytes })!;
    const view = kernel.heap(bytes);
    expect(kernel.heap(bytes).buffer).toBe(view.buffer);
    expect(view.byteLength).toBeGreaterThanOrEqual(bytes);
  });

  it('grows on request past its first size in place: an earlier view stays live (no detached buffer)', () => {
    const kernel = standaloneKernel(orderedMatVecKernel, { singleThread: true })!;
    const small = kernel.heap(16);
    const large = kernel.heap(3 * 65536);
    expect(large.byteLength).toBeGreaterThanOrEqual(3 * 65536);
    expect(small.byteLength).toBe(65536);
    small[3] = 5;
    expect(large[3]).toBe(5);
  });
});
