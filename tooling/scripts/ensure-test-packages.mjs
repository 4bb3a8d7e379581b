#!/usr/bin/env node
// The Debian packages the tests need: Chromium for the real-browser tests, and under CI slurm-wlm
// for the Slurm job-array test (its package sets up cluster daemons, which a developer's machine
// should not get from a test run: there the test skips and says why). The test command installs
// what is missing with apt when this process may (root, apt-get present); otherwise it says which
// tests will skip, and under CI fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (tool) => spawnSync('which', [tool]).status === 0;
const packages = [
  {
    name: 'chromium',
    tests: 'the browser tests',
    present: () =>
      Boolean(process.env.EMOCODE_CHROMIUM) ||
      ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some((p) => existsSync(p)),
  },
  ...(process.env.CI
    ? [{ name: 'slurm-wlm', tests: 'the Slurm test', present: () => ['slurmctld', 'slurmd', 'sbatch'].every(onPath) }]
    : []),
];
const missing = packages.filter((p) => !p.present());
if (missing.length === 0) process.exit(0);

const names = missing.map((p) => p.name).join(' ');
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  const skipping = missing.map((p) => p.tests).join(' and ');
  console.warn(`ensure-test-packages: ${names} missing and cannot be installed here (needs root and apt-get); ${skipping} will skip.`);
  process.exit(process.env.CI ? 1 : 0);
}
console.log(`ensure-test-packages: installing Debian ${names} for ${missing.map((p) => p.tests).join(' and ')}…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
if (update.status !== 0) console.warn('ensure-test-packages: apt-get update failed; trying the install with the lists there are');
const install = spawnSync('apt-get', ['install', '-y', '-qq', ...missing.map((p) => p.name)], { stdio: 'inherit', env });
process.exit(install.status ?? 1);
