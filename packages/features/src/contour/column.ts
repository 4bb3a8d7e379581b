// Column access of row-major frame matrices (frames × dims float32).

/** Column `c` of a row-major `frames × dims` matrix, as a new array. */
export function column(data: Float32Array, frames: number, dims: number, c: number): Float32Array {
  const col = new Float32Array(frames);
  for (let n = 0; n < frames; n++) col[n] = data[n * dims + c];
  return col;
}
