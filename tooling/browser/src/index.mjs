// Real-browser tests use the system's Chromium: playwright's own browser download fails offline.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable (EMOCODE_CHROMIUM overrides), or undefined when none is installed. */
export function findChromium() {
  const fromEnv = process.env.EMOCODE_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Why browser tests cannot run here, or undefined when they can. Under CI a missing browser is a
 * failure, not a skip: the test command installs it (tooling/scripts/ensure-test-packages.mjs).
 */
export function browserUnavailableReason() {
  if (findChromium()) return undefined;
  const reason = "no Chromium found (install Debian's chromium, or set EMOCODE_CHROMIUM to a Chromium executable)";
  if (process.env.CI) throw new Error(`browser tests must run under CI: ${reason}`);
  return reason;
}

/** Headless Chromium with the flags this offline machine needs (no background network, no sandbox as root). */
export async function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(browserUnavailableReason() ?? 'no Chromium found');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
