/**
 * Just enough of the WebAssembly binary format to write one-function kernels (SIMD, or scalar
 * float32) that import a memory (`env.memory`: tfjs' wasm heap, or one of their own).
 * Instructions are byte arrays; see the spec's opcode tables.
 */

export const valueType = { i32: 0x7f, f32: 0x7d, v128: 0x7b } as const;
type ValueType = (typeof valueType)[keyof typeof valueType];

const simd = (code: number): number[] => [0xfd, ...uleb(code)];

/**
 * The instructions our kernels use (memory accesses: alignment hint 4 bytes, offset 0 unless `…At`).
 * The scalar f32 arithmetic rounds each result to float32 (nearest, ties to even) as Math.fround of
 * the same JS operation does, so a kernel that keeps a float32 port's order of operations gives its
 * bits.
 */
export const op = {
  localGet: (i: number) => [0x20, i],
  localSet: (i: number) => [0x21, i],
  localTee: (i: number) => [0x22, i],
  i32Const: (n: number) => [0x41, ...sleb(n)],
  f32Const: (x: number) => [0x43, ...new Uint8Array(Float32Array.of(x).buffer)],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  i32Shl: [0x74],
  i32GeU: [0x4f],
  i32Eqz: [0x45],
  f32Load: [0x2a, 0x02, 0x00],
  /** f32 load / store at a constant byte offset from the address on the stack. */
  f32LoadAt: (offset: number) => [0x2a, 0x02, ...uleb(offset)],
  f32StoreAt: (offset: number) => [0x38, 0x02, ...uleb(offset)],
  f32Neg: [0x8c],
  f32Add: [0x92],
  f32Sub: [0x93],
  f32Mul: [0x94],
  /** `if` with no result; close with `end`, optionally split by `else`. */
  if: [0x04, 0x40],
  else: [0x05],
  brIf: (depth: number) => [0x0d, depth],
  br: (depth: number) => [0x0c, depth],
  end: [0x0b],
  load: [...simd(0x00), 0x02, 0x00],
  store: [...simd(0x0b), 0x02, 0x00],
  /** v128 load / store at a constant byte offset from the address on the stack. */
  loadAt: (offset: number) => [...simd(0x00), 0x02, ...uleb(offset)],
  storeAt: (offset: number) => [...simd(0x0b), 0x02, ...uleb(offset)],
  and: simd(0x4e),
  xor: simd(0x51),
  i32x4Splat: simd(0x11),
  i32x4ReplaceLane: (lane: number) => [...simd(0x1c), lane],
  i32x4LtU: simd(0x3a),
  i32x4Shl: simd(0xab),
  i32x4ShrU: simd(0xad),
  i32x4Add: simd(0xae),
  i32x4TruncSatF32x4S: simd(0xf8),
  f32x4Nearest: simd(0x6a),
  f32x4Max: simd(0xe9),
  f32x4Splat: simd(0x13),
  f32x4Sqrt: simd(0xe3),
  f32x4Add: simd(0xe4),
  f32x4Sub: simd(0xe5),
  f32x4Mul: simd(0xe6),
  f32x4Div: simd(0xe7),
  /** Lanes 0..3 of the result from the 8 i32 lanes of (a, b): 0..3 are a's, 4..7 b's. */
  i32x4Shuffle: (lanes: readonly [number, number, number, number]) => [
    ...simd(0x0d),
    ...lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]),
  ],
};

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

// concat, not spread, for what may hold a function body: generated kernels run to tens of KB,
// and spreading that many elements costs milliseconds
const vec = (items: number[][]): number[] => uleb(items.length).concat(...items);
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length)].concat(body);
const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

/**
 * `block { loop { if (counter >= limit) break; ...step; counter += stride; continue } }`: the loop
 * shape our kernels need (`counter` and `limit` are i32 locals).
 */
export function countedLoop(counter: number, limit: number, stride: number, step: number[]): number[] {
  const advance = [...op.localGet(counter), ...op.i32Const(stride), ...op.i32Add, ...op.localSet(counter)];
  return [
    0x02,
    0x40,
    0x03,
    0x40,
    ...op.localGet(counter),
    ...op.localGet(limit),
    ...op.i32GeU,
    ...op.brIf(1),
    ...step,
    ...advance,
    ...op.br(0),
    ...op.end,
    ...op.end,
  ];
}

/** {@link countedLoop} over byte offsets in steps of one v128. */
export function loopOver16Bytes(counter: number, limit: number, step: number[]): number[] {
  return countedLoop(counter, limit, 16, step);
}

/** What one kernel module is made of. */
export interface KernelFunction {
  readonly exportName: string;
  readonly params: readonly ValueType[];
  /** Local variables after the parameters, as [count, type] runs. */
  readonly locals: readonly (readonly [number, ValueType])[];
  readonly code: readonly number[];
}

/**
 * A module with one exported function that imports `env.memory`. `shared` must match the heap:
 * tfjs' threaded build has a shared memory (maximum 4 GiB, declared here), the others a plain one.
 */
export function kernelModule(f: KernelFunction, shared: boolean): Uint8Array {
  const limits = shared ? [0x03, 0x01, ...uleb(65536)] : [0x00, 0x01];
  const locals = vec(f.locals.map(([count, type]) => [...uleb(count), type]));
  const body = locals.concat(f.code, op.end);
  return Uint8Array.from(
    [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00].concat(
      section(1, vec([[0x60, ...vec(f.params.map((t) => [t])), 0x00]])),
      section(2, vec([[...name('env'), ...name('memory'), 0x02, ...limits]])),
      section(3, vec([[0x00]])),
      section(7, vec([[...name(f.exportName), 0x00, 0x00]])),
      section(10, vec([uleb(body.length).concat(body)])),
    ),
  );
}
