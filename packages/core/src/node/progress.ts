/** A progress reporter for long work; writes to stderr only, so stdout stays machine-readable. */
export interface Progress {
  /** Advances by `n` items, with an optional short status (losses, current file). */
  tick(n?: number, status?: string): void;
  done(status?: string): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  /** Where to write; defaults to process.stderr. */
  stream?: NodeJS.WriteStream;
  /** Items are called this in the rate ("files/s"). */
  unit?: string;
}

/**
 * A bar with count, rate and ETA. On a terminal it redraws one line; elsewhere (CI, pipes)
 * it prints at most one line every 10 % so logs stay short.
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const unit = options.unit ?? 'it';
  const started = performance.now();
  let count = 0;
  let lastDecile = -1;
  const render = (status: string, final: boolean): void => {
    const seconds = (performance.now() - started) / 1000;
    const rate = count / Math.max(seconds, 1e-9);
    const fraction = options.total > 0 ? Math.min(count / options.total, 1) : 1;
    const eta = rate > 0 ? (options.total - count) / rate : 0;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const line =
      `${options.label} [${bar}] ${count}/${options.total} ${rate.toFixed(1)} ${unit}/s ` +
      `${final ? `${seconds.toFixed(1)}s` : `ETA ${eta.toFixed(0)}s`}${status ? ` ${status}` : ''}`;
    if (stream.isTTY) {
      stream.write(`\r${line.slice(0, (stream.columns ?? 120) - 1)}\x1b[K${final ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor(fraction * 10);
    if (final || decile > lastDecile) {
      lastDecile = decile;
      stream.write(`${line}\n`);
    }
  };
  return {
    tick(n = 1, status = '') {
      count += n;
      render(status, false);
    },
    done(status = '') {
      render(status, true);
    },
  };
}
