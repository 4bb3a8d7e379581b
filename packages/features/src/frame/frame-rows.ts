// Per-frame rows (a spectrum, say) kept for only some frames of a signal: the eGeMAPS formants
// and harmonics read the spectra of voiced frames alone (about 3 frames in 10 of RAVDESS), so a
// full frames × bins table per signal mostly stored rows nobody read. Rows are appended as
// frames go by, in a table that doubles when full.

/** Float32 rows of `width` values for the frames kept so far. */
export interface FrameRows {
  readonly width: number;
  /** Stores f32(values[0..width)) as the row of frame `n` (each frame at most once). */
  keep(n: number, values: Float64Array): void;
  /** Offset of frame n's row in {@link FrameRows.data}, or −1 when it was not kept. */
  rowAt(n: number): number;
  /** The kept rows, row after row (a new array after a growth: read it after the last keep). */
  readonly data: Float32Array;
}

/**
 * Rows for frames 0..frames−1, room for `expected` of them before the first growth.
 * @example const rows = createFrameRows(frames, bins); rows.keep(n, mag); rows.data[rows.rowAt(n) + b]
 */
export function createFrameRows(frames: number, width: number, expected = frames): FrameRows {
  const slot = new Int32Array(frames).fill(-1);
  let data = new Float32Array(Math.max(1, expected) * width);
  let count = 0;
  return {
    width,
    keep(n, values) {
      if ((count + 1) * width > data.length) {
        const grown = new Float32Array(2 * data.length);
        grown.set(data);
        data = grown;
      }
      const at = count * width;
      // a loop, not data.set(values, at): across element types V8 converts outside the JIT
      for (let k = 0; k < width; k++) data[at + k] = values[k];
      slot[n] = at;
      count++;
    },
    rowAt: (n) => slot[n],
    get data() {
      return data;
    },
  };
}
