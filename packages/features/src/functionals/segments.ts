// Segment statistics of EGEMAPS_SPEC.md G9 (openSMILE "Segments", segMinLng 3, pauseMinLng 2):
// runs of member frames confirmed after 3 members, closed after 2 non-members, one-frame gaps
// bridged; a segment's length is last member − first member (QUIRK: one less than its frames).
const f32 = Math.fround;
const SEGMENT_MIN = 3;
const PAUSE_MIN = 2;
const MAX_SEGMENTS = 1000;
const FRAME_SECONDS = f32(0.01);

/** Segments per second, mean and standard deviation of their lengths in seconds (G9.2). */
export interface SegmentStats {
  readonly perSecond: number;
  readonly meanSeconds: number;
  readonly stddevSeconds: number;
}

function closeSegment(lengths: number[], length: number): void {
  if (lengths.length < MAX_SEGMENTS) lengths.push(length);
}

/** Lengths (in frames − 1) of the segments of frames where `member(x[i])` holds (G9.1). */
export function segmentLengths(x: Float32Array, member: (v: number) => boolean): number[] {
  const lengths: number[] = [];
  let state: 'out' | 'candidate' | 'in' = 'out';
  let startCount = 0;
  let endCount = 0;
  let start = 0;
  for (let i = 0; i < x.length; i++) {
    if (member(x[i])) {
      if (state === 'out') {
        startCount++;
        start = i;
        state = 'candidate';
      } else if (state === 'candidate') {
        endCount = 0;
        startCount++;
        if (startCount >= SEGMENT_MIN) {
          startCount = 0;
          state = 'in';
        }
      } else endCount = 0;
    } else if (state === 'in') {
      startCount = 0;
      endCount++;
      if (endCount >= PAUSE_MIN) {
        closeSegment(lengths, i - endCount - start);
        state = 'out';
        endCount = 0;
      }
    } else if (state === 'candidate') {
      endCount++;
      if (endCount >= PAUSE_MIN) {
        state = 'out';
        endCount = 0;
        startCount = 0;
      }
    }
  }
  if (state === 'in') closeSegment(lengths, x.length - (endCount + 1) - start);
  return lengths;
}

/** G9.2 statistics of segment lengths over a sequence of `frames` frames. */
export function segmentStats(lengths: readonly number[], frames: number): SegmentStats {
  const count = lengths.length;
  let total = 0;
  for (const l of lengths) total += l;
  const mean = count > 1 ? f32(f32(total) / f32(count)) : f32(total);
  let dev = 0;
  for (const l of lengths) {
    const d = f32(f32(l) - mean);
    dev = f32(dev + f32(d * d));
  }
  const sd = count > 1 ? f32(Math.sqrt(f32(dev / count))) : 0;
  return {
    perSecond: f32(f32(count) / f32(FRAME_SECONDS * f32(frames))),
    meanSeconds: f32(mean * FRAME_SECONDS),
    stddevSeconds: f32(sd * FRAME_SECONDS),
  };
}
