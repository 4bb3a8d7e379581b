/**
 * A 4-lane SIMD Adam step as a tiny WebAssembly module that imports tfjs' wasm heap, so it reads
 * and writes tensors where they live. JavaScript runs the same loop ~3x slower and tfjs' own
 * Adam makes a dozen passes over memory; this is one pass.
 *
 * Exported `adam(x, g, m, v, xOut, mOut, vOut, bytes, beta1, 1-beta1, beta2, 1-beta2, stepSize,
 * secondScale, epsilon)`: byte pointers into the heap, `bytes` a multiple of 16 (the caller does
 * the tail), `xOut = x − stepSize·m' / (√v'·secondScale + ε)` with the updated moments m', v'.
 */

const i32 = 0x7f;
const f32 = 0x7d;
const v128 = 0x7b;

const op = {
  localGet: (i: number) => [0x20, i],
  localSet: (i: number) => [0x21, i],
  localTee: (i: number) => [0x22, i],
  i32Add: [0x6a],
  i32GeU: [0x4f],
  i32Const16: [0x41, 16],
  load: [0xfd, 0x00, 0x02, 0x00],
  store: [0xfd, 0x0b, 0x02, 0x00],
  splat: [0xfd, 0x13],
  sqrt: [0xfd, 0xe3, 0x01],
  add: [0xfd, 0xe4, 0x01],
  sub: [0xfd, 0xe5, 0x01],
  mul: [0xfd, 0xe6, 0x01],
  div: [0xfd, 0xe7, 0x01],
};

// Parameters 0-7 are i32 (seven pointers, the byte count), 8-14 the f32 constants; then locals.
const [X, G, M, V, X_OUT, M_OUT, V_OUT, BYTES] = [0, 1, 2, 3, 4, 5, 6, 7];
const OFFSET = 15;
const SPLAT = 16; // 16..22: the seven constants, splatted
const [GRAD, FIRST, SECOND] = [23, 24, 25];

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

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const at = (base: number) => [...op.localGet(base), ...op.localGet(OFFSET), ...op.i32Add];
const constant = (k: number) => op.localGet(SPLAT + k);

function body(): number[] {
  const splats = [0, 1, 2, 3, 4, 5, 6].flatMap((k) => [...op.localGet(8 + k), ...op.splat, ...op.localSet(SPLAT + k)]);
  const step = [
    ...at(G), ...op.load, ...op.localSet(GRAD),
    // m' = beta1·m + (1 − beta1)·g
    ...at(M_OUT), ...constant(0), ...at(M), ...op.load, ...op.mul, ...constant(1), ...op.localGet(GRAD), ...op.mul, ...op.add, ...op.localTee(FIRST), ...op.store,
    // v' = beta2·v + (1 − beta2)·g²
    ...at(V_OUT), ...constant(2), ...at(V), ...op.load, ...op.mul, ...constant(3), ...op.localGet(GRAD), ...op.mul, ...op.localGet(GRAD), ...op.mul, ...op.add, ...op.localTee(SECOND), ...op.store,
    // x' = x − stepSize·m' / (√v'·secondScale + ε)
    ...at(X_OUT), ...at(X), ...op.load, ...constant(4), ...op.localGet(FIRST), ...op.mul,
    ...op.localGet(SECOND), ...op.sqrt, ...constant(5), ...op.mul, ...constant(6), ...op.add, ...op.div, ...op.sub, ...op.store,
    ...op.localGet(OFFSET), ...op.i32Const16, ...op.i32Add, ...op.localSet(OFFSET),
  ];
  const loop = [0x02, 0x40, 0x03, 0x40, ...op.localGet(OFFSET), ...op.localGet(BYTES), ...op.i32GeU, 0x0d, 0x01, ...step, 0x0c, 0x00, 0x0b, 0x0b];
  const locals = vec([[1, i32], [10, v128]]);
  const code = [...locals, ...splats, ...loop, 0x0b];
  return [...uleb(code.length), ...code];
}

/**
 * The module's bytes. `shared` must match the heap it will import: tfjs' threaded build has a
 * shared memory (whose maximum, 4 GiB, is declared here), the single-threaded build a plain one.
 */
export function wasmAdamModule(shared: boolean): Uint8Array {
  const limits = shared ? [0x03, 0x01, ...uleb(65536)] : [0x00, 0x01];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec([...Array(8).fill([i32]), ...Array(7).fill([f32])]), 0x00]])),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, ...limits]])),
    ...section(3, vec([[0x00]])),
    ...section(7, vec([[...name('adam'), 0x00, 0x00]])),
    ...section(10, vec([body()])),
  ];
  return Uint8Array.from(bytes);
}
