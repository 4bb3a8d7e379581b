import { describe, expect, it } from 'vitest';
import { shardFromScheduler } from './shard-auto.js';

describe('shardFromScheduler (--shard auto)', () => {
  it('reads a Slurm job array, whatever its first index and step', () => {
    expect(shardFromScheduler('auto', { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '3' })).toBe('0/3');
    expect(shardFromScheduler('auto', { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' })).toBe('2/4');
    expect(
      shardFromScheduler('auto', {
        SLURM_ARRAY_TASK_ID: '14',
        SLURM_ARRAY_TASK_MIN: '10',
        SLURM_ARRAY_TASK_STEP: '2',
        SLURM_ARRAY_TASK_COUNT: '3',
      }),
    ).toBe('2/3');
    expect(shardFromScheduler('auto/4', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '4' })).toBe('1/4');
    expect(() =>
      shardFromScheduler('auto/3', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '4' }),
    ).toThrow(/array has 4 tasks/);
  });

  it('reads a Kubernetes Indexed Job, the count from auto/N or EMOCODE_SHARD_COUNT', () => {
    expect(shardFromScheduler('auto/5', { JOB_COMPLETION_INDEX: '4' })).toBe('4/5');
    expect(shardFromScheduler('auto', { JOB_COMPLETION_INDEX: '2', EMOCODE_SHARD_COUNT: '3' })).toBe('2/3');
    expect(() => shardFromScheduler('auto', { JOB_COMPLETION_INDEX: '2' })).toThrow(/--shard auto\/N/);
  });

  it('passes i/n through and says what is missing outside a scheduler', () => {
    expect(shardFromScheduler('1/2', {})).toBe('1/2');
    expect(shardFromScheduler(undefined, {})).toBeUndefined();
    expect(() => shardFromScheduler('auto', {})).toThrow(/neither is set\. Pass --shard i\/n/);
    expect(() => shardFromScheduler('auto', { SLURM_ARRAY_TASK_ID: 'x' })).toThrow(/SLURM_ARRAY_TASK_ID must be a whole number, got "x"/);
  });
});
