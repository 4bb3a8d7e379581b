// Test helper: a voiced-like test signal.

/** Glottal-like pulse train at `f0Hz` (damped 700 Hz resonance per period), mono at `rateHz`. */
export function pulseTrain(f0Hz: number, seconds: number, rateHz = 16000): Float32Array {
  const x = new Float32Array(Math.round(seconds * rateHz));
  const period = rateHz / f0Hz;
  for (let p = 0; p < x.length; p += period) {
    const start = Math.round(p);
    for (let k = 0; k < 120 && start + k < x.length; k++)
      x[start + k] += 0.4 * Math.exp(-k / 20) * Math.sin((2 * Math.PI * 700 * k) / rateHz);
  }
  return x;
}
