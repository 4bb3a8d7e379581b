import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserUnavailableReason, launchChromium } from '@emocode/browser-harness';
import { extractFeatures, readWav } from '@emocode/features';
import { loadModel } from '@emocode/predict';
import { hasRavdess, ravdessWavs, wavBytes } from '@emocode/predict/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, DEMO_MODEL } from '../scripts/build.js';
import type { DemoState } from './messages.js';
import { serveDemo } from '../scripts/serve.js';

const noBrowser = browserUnavailableReason();
const skip = noBrowser ?? (hasRavdess ? undefined : 'the shared RAVDESS corpus is not beside the checkout');
const wav = join(ravdessWavs, 'Actor_05/03-01-05-01-01-01-05.wav');

describe.skipIf(skip !== undefined)(`the demo in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveDemo>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];
  let readyMs = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emocode-demo-'));
    await buildDemo(dir);
    server = await serveDemo(dir);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    readyMs = (await page.evaluate('window.__emocode.readyMs')) as number;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const analyse = async (name: string, buffer: Buffer): Promise<NonNullable<DemoState['last']>> => {
    await page.setInputFiles('#file', { name, mimeType: 'audio/wav', buffer });
    await page.waitForSelector(`body[data-predicted="${name}"]`, { timeout: 30_000 });
    return ((await page.evaluate('window.__emocode')) as DemoState).last!;
  };

  it('labels a RAVDESS WAV as Node does, from the same IS10 vector', async () => {
    const bytes = await readFile(wav);
    const shown = await analyse('angry.wav', bytes);
    const audio = readWav(new Uint8Array(bytes));
    const { values } = extractFeatures({ samples: audio.samples, sampleRateHz: audio.sampleRateHz });
    const expected = (await loadModel(DEMO_MODEL)).predictFeatures(values, 1)[0]!;
    expect(shown.features).toHaveLength(1582);
    const worst = Math.max(...shown.features.map((v, k) => Math.abs(v - values[k]!) / Math.max(Math.abs(values[k]!), 1e-3)));
    expect(worst).toBeLessThanOrEqual(1e-5);
    // The encoder ran on tfjs' wasm backend (float32 products): the same code to float32 noise, the same label.
    expect(shown.backend).toBe('wasm');
    shown.code.forEach((v, k) => expect(v).toBeCloseTo(expected.code[k]!, 4));
    expect(shown.label).toBe(expected.label);
    expect(await page.textContent('#label')).toBe(expected.label);
    for (const [c, p] of Object.entries(expected.probabilities)) expect(shown.probabilities[c]).toBeCloseTo(p, 4);
    expect(await page.locator('#probabilities .bar').count()).toBe(4);
    expect(await page.locator('#map svg .current').count()).toBe(1);
    expect(await page.locator('#map svg circle').count()).toBeGreaterThan(600);
    console.log(
      `demo: page ready ${readyMs.toFixed(0)} ms after navigation; IS10 of ${(audio.samples.length / audio.sampleRateHz).toFixed(2)} s in ${shown.is10Ms.toFixed(0)} ms`,
    );
  });

  it('computes IS10 of a 3-second clip, loads nothing from outside and logs no error', async () => {
    const audio = readWav(new Uint8Array(await readFile(wav)));
    const clip = Buffer.from(wavBytes(audio.samples.subarray(0, 3 * audio.sampleRateHz), audio.sampleRateHz));
    const timings: number[] = [];
    for (let k = 0; k < 3; k++) timings.push((await analyse(`clip-${k}.wav`, clip)).is10Ms);
    console.log(`demo: IS10 of a 3.00 s clip in the worker: ${timings.map((t) => t.toFixed(0)).join(' / ')} ms (target < 150)`);
    expect(timings.every((t) => t > 0)).toBe(true);
    expect(requests.every((url) => url.startsWith(server.url))).toBe(true);
    expect(problems).toEqual([]);
  });
});
