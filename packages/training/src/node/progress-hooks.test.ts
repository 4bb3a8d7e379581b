import { describe, expect, it } from 'vitest';
import { epochStatus, progressHooks } from './progress-hooks.js';

describe('epochStatus', () => {
  it('shows the three losses and the validation loss when there is one', () => {
    const log = {
      epoch: 1,
      reconstruction: 0.5,
      discriminator: 1.25,
      generator: 0.75,
      validationReconstruction: Number.NaN,
      supervised: Number.NaN,
      seconds: 1,
    };
    expect(epochStatus(log)).toBe('rec 0.5000 disc 1.2500 gen 0.7500');
    expect(epochStatus({ ...log, validationReconstruction: 0.6 })).toBe('rec 0.5000 disc 1.2500 gen 0.7500 val 0.6000');
  });
});

describe('progressHooks', () => {
  const log = (epoch: number) => ({
    epoch,
    reconstruction: 0.5,
    discriminator: 1,
    generator: 1,
    validationReconstruction: Number.NaN,
    supervised: Number.NaN,
    seconds: 1,
  });
  const capture = () => {
    const lines: string[] = [];
    return { lines, stream: { isTTY: false, write: (t: string) => lines.push(t) } as unknown as NodeJS.WriteStream };
  };

  it('counts the epochs the loop plans, e.g. after a maxSteps cap', () => {
    const { lines, stream } = capture();
    const hooks = progressHooks({ label: 'aae', stream });
    hooks.onStart?.({ epochs: 11, firstEpoch: 1 });
    hooks.onEpoch?.(log(1));
    expect(lines[0]).toMatch(/^aae \[#*-+\] 1\/11 /);
  });

  it('counts a resumed run from the epoch it resumes at', () => {
    const { lines, stream } = capture();
    const hooks = progressHooks({ label: 'aae', stream });
    hooks.onStart?.({ epochs: 10, firstEpoch: 9 });
    for (const e of [9, 10]) hooks.onEpoch?.(log(e));
    hooks.onEnd?.([log(9), log(10)]);
    expect(lines[0]).toMatch(/^aae \(resumed at epoch 9\) \[#+-*\] 1\/2 /);
    expect(lines.at(-1)).toMatch(/2\/2 .*\(2 epochs\)/);
  });

  it('says so when a resumed run has nothing left to train', () => {
    const { lines, stream } = capture();
    const hooks = progressHooks({ label: 'aae', stream });
    hooks.onStart?.({ epochs: 3, firstEpoch: 4 });
    hooks.onEnd?.([log(1), log(2), log(3)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^aae \(nothing left to train\) .* 0\/0 .*\(3 epochs\)/);
  });
});
