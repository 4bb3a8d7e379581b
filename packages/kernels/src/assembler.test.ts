import { describe, expect, it } from 'vitest';
import { op, type KernelFunction } from './assembler.js';
import { standaloneKernel } from './standalone-kernel.js';

const x = [...op.i32Const(0), ...op.f32LoadAt(0)];
const y = [...op.i32Const(0), ...op.f32LoadAt(4)];
const storeAt = (i: number, value: number[]) => [...op.i32Const(0), ...value, ...op.f32StoreAt(4 * i)];

/** heap[2..5] = x + y, x − y, x · y, −x for x = heap[0], y = heap[1]. */
const scalarF32Kernel: KernelFunction = {
  exportName: 'scalarF32',
  params: [],
  locals: [],
  code: [
    ...storeAt(2, [...x, ...y, ...op.f32Add]),
    ...storeAt(3, [...x, ...y, ...op.f32Sub]),
    ...storeAt(4, [...x, ...y, ...op.f32Mul]),
    ...storeAt(5, [...x, ...op.f32Neg]),
  ],
};

describe('op: scalar f32', () => {
  it('rounds each result to float32 as Math.fround of the JS operation does (ties to even, subnormals kept)', () => {
    const kernel = standaloneKernel(scalarF32Kernel, { singleThread: true, bytes: 24 })!;
    const heap = kernel.heap(24);
    const bits = new Uint32Array(heap.buffer, 0, 6);
    const f = Math.fround;
    const pairs = [
      [1, 2 ** -24],
      [1 + 2 ** -23, 2 ** -24],
      [1e-40, 3e-41],
      [3e38, 3e38],
      [-0, 0],
      ...Array.from({ length: 200 }, (_, i) => [Math.sin(i) * 10 ** ((i % 17) - 8), Math.cos(3 * i) * 10 ** ((i % 13) - 6)]),
    ];
    for (const [a, b] of pairs) {
      heap[0] = a!;
      heap[1] = b!;
      kernel.run();
      const [u, v] = [heap[0]!, heap[1]!];
      const want = new Uint32Array(Float32Array.of(f(u + v), f(u - v), f(u * v), -u).buffer);
      expect(Array.from(bits.subarray(2)), `${u}, ${v}`).toEqual(Array.from(want));
    }
  });
});
