import { EmocodeError } from '@emocode/core';

const autoPattern = /^auto(?:\/([1-9]\d*))?$/;

function whole(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text)) throw new EmocodeError('EMOCODE_INVALID_INPUT', `--shard auto: ${name} must be a whole number, got "${text}".`);
  return Number(text);
}

/**
 * Turns `--shard auto` (or `auto/N`) into `i/n` from the scheduler's variables; any other value
 * is returned as it is. Slurm job arrays: index `(SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN) /
 * SLURM_ARRAY_TASK_STEP` of `SLURM_ARRAY_TASK_COUNT` (so `--array=1-8` works as well as `0-7`).
 * Kubernetes Indexed Jobs: index `JOB_COMPLETION_INDEX` of the `N` in `auto/N`, else of
 * `EMOCODE_SHARD_COUNT` (set it to the Job's `completions`).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS when no scheduler variable is set or they disagree.
 * @example shardFromScheduler('auto', { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' }) // '2/4'
 */
export function shardFromScheduler(value: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const auto = value === undefined ? undefined : autoPattern.exec(value);
  if (!auto) return value;
  const given = auto[1] === undefined ? undefined : Number(auto[1]);
  const slurm = whole(env, 'SLURM_ARRAY_TASK_ID');
  if (slurm !== undefined) {
    const min = whole(env, 'SLURM_ARRAY_TASK_MIN') ?? 0;
    const step = whole(env, 'SLURM_ARRAY_TASK_STEP') ?? 1;
    const count = whole(env, 'SLURM_ARRAY_TASK_COUNT');
    if (count === undefined)
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        '--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not; run under sbatch --array, or pass --shard i/n.',
      );
    if (given !== undefined && given !== count) {
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        `--shard auto/${given}: the Slurm array has ${count} tasks (SLURM_ARRAY_TASK_COUNT); make them agree or pass --shard auto.`,
      );
    }
    return `${(slurm - min) / step}/${count}`;
  }
  const k8s = whole(env, 'JOB_COMPLETION_INDEX');
  if (k8s !== undefined) {
    const count = given ?? whole(env, 'EMOCODE_SHARD_COUNT');
    if (count === undefined) {
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        "--shard auto: JOB_COMPLETION_INDEX is set but not the number of shards; pass --shard auto/N with N = the Job's completions, or set EMOCODE_SHARD_COUNT.",
      );
    }
    return `${k8s}/${count}`;
  }
  throw new EmocodeError(
    'EMOCODE_INVALID_OPTIONS',
    `--shard ${value}: takes the shard from a Slurm job array (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX), and neither is set. Pass --shard i/n outside a scheduler.`,
  );
}
