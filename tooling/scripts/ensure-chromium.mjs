#!/usr/bin/env node
// The real-browser tests need Debian's Chromium. The test command installs it with apt when it is
// missing and this process may (root, apt-get present); otherwise it says why the browser tests will skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const installed = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some((p) => existsSync(p));
if (installed || process.env.EMOCODE_CHROMIUM) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.warn('ensure-chromium: Chromium is missing and cannot be installed here (needs root and apt-get); browser tests will skip.');
  process.exit(process.env.CI ? 1 : 0);
}
console.log('ensure-chromium: installing Debian chromium for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
if (update.status !== 0) console.warn('ensure-chromium: apt-get update failed; trying the install with the lists there are');
const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
process.exit(install.status ?? 1);
