// Per-frame rows (a spectrum, say) kept for only some frames of a signal: the eGeMAPS formants
// and harmonics read the spectra of voiced frames alone (about 3 frames in 10 of RAVDESS), so a
// full frames × bins table per signal mostly stored rows nobody read. Rows are appended as
// frames go by, in a table that doubles when full.
//
// Tables given back with `release` are reused by the next rows: a fresh table of a few hundred KB
// per signal counts as external memory to V8, which then ran a full mark-compact every ~40 s of
// audio (32 against IS10's 1 over 360 RAVDESS files).
import { EmocodeError } from '@emocode/core';

/** Float32 rows of `width` values for the frames kept so far. */
export interface FrameRows {
  readonly width: number;
  /** Stores f32(values[0..width)) as the row of frame `n` (each frame at most once). */
  keep(n: number, values: Float64Array): void;
  /**
   * Makes room for the row of frame `n` (each frame at most once) and returns its offset in
   * {@link FrameRows.data}, for a caller that writes the row itself (read `data` after the call).
   */
  add(n: number): number;
  /** Offset of frame n's row in {@link FrameRows.data}, or −1 when it was not kept. */
  rowAt(n: number): number;
  /** The kept rows, row after row (a new array after a growth: read it after the last keep). */
  readonly data: Float32Array;
  /** Hands the table on to later rows; these rows must not be used afterwards. */
  release(): void;
}

const spareTables: Float32Array[] = [];
const MAX_SPARE_TABLES = 4;
/** Larger tables (over 16 MB: the 60 ms magnitudes of ~80 s of audio) are left to the garbage collector. */
const MAX_SPARE_FLOATS = 1 << 22;

function table(floats: number): Float32Array {
  const i = spareTables.findIndex((t) => t.length >= floats);
  return i >= 0 ? spareTables.splice(i, 1)[0]! : new Float32Array(floats);
}

/** Keeps `t` for reuse, in place of the smallest spare table once there are enough. */
function spare(t: Float32Array): void {
  if (t.length > MAX_SPARE_FLOATS) return;
  if (spareTables.length < MAX_SPARE_TABLES) {
    spareTables.push(t);
    return;
  }
  let smallest = 0;
  for (let i = 1; i < spareTables.length; i++) if (spareTables[i]!.length < spareTables[smallest]!.length) smallest = i;
  if (spareTables[smallest]!.length < t.length) spareTables[smallest] = t;
}

// A class rather than closures made per table: V8 holds the optimised code of a closure weakly,
// so closures made per signal were compiled again after each full garbage collection (the `data`
// getter 26 times in one pass over EmoDB); a class's methods live as long as the class.
class FrameRowTable implements FrameRows {
  private readonly slot: Int32Array;
  private table: Float32Array;
  private count = 0;
  private released = false;

  constructor(
    frames: number,
    readonly width: number,
    expected: number,
  ) {
    this.slot = new Int32Array(frames).fill(-1);
    this.table = table(Math.max(1, expected) * width);
  }

  get data(): Float32Array {
    return this.table;
  }

  add(n: number): number {
    if (this.released) throw new EmocodeError('EMOCODE_INTERNAL', 'FrameRows: rows used after release().');
    const width = this.width;
    if ((this.count + 1) * width > this.table.length) {
      const grown = table(2 * this.table.length);
      grown.set(this.table.subarray(0, this.count * width));
      spare(this.table);
      this.table = grown;
    }
    const at = this.count * width;
    this.slot[n] = at;
    this.count++;
    return at;
  }

  keep(n: number, values: Float64Array): void {
    const at = this.add(n);
    const data = this.table;
    // a loop, not data.set(values, at): across element types V8 converts outside the JIT
    for (let k = 0; k < this.width; k++) data[at + k] = values[k];
  }

  rowAt(n: number): number {
    return this.slot[n];
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    spare(this.table);
    this.table = new Float32Array(0);
  }
}

/**
 * Rows for frames 0..frames−1, room for `expected` of them before the first growth. The table
 * may be a released one: only the rows kept are ever read.
 * @example const rows = createFrameRows(frames, bins); rows.keep(n, mag); rows.data[rows.rowAt(n) + b]
 */
export function createFrameRows(frames: number, width: number, expected = frames): FrameRows {
  return new FrameRowTable(frames, width, expected);
}
