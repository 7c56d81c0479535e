import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunReport } from '@n2f/sync-core';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../test/chromium.js';
import { startHarness, TOKEN, type ServiceHarness } from '../test/service-harness.js';
import type { RunRecord } from './runs/run-record.js';

const SCREENSHOT = fileURLToPath(new URL('../test-output/dashboard.png', import.meta.url));
const COUNT_COLUMNS = ['created', 'updated', 'deleted', 'invalid', 'failed'] as const;

// Skipped with a how-to when no Chromium can start, except under CI=true where that throws.
const launched = await launchChromium();
if (launched.browser === undefined)
  console.warn(`dashboard browser tests skipped: ${launched.skipReason}`);
/** A new page of the launched browser (only called by tests that run, so one was launched). */
async function newPage(options?: BrowserContextOptions): Promise<Page> {
  if (launched.browser === undefined) throw new Error(launched.skipReason);
  return launched.browser.newPage(options);
}
let h: ServiceHarness;

beforeAll(async () => {
  await mkdir(dirname(SCREENSHOT), { recursive: true });
});
afterAll(async () => {
  await launched.browser?.close();
});
beforeEach(async () => {
  h = await startHarness({ latencyMs: 15 });
});
afterEach(async () => {
  await h.close();
});

/** The numbers of each scope row and of the totals row, as shown. */
async function shownCounts(page: Page): Promise<Record<string, number[]>> {
  return page.$$eval('#scope-rows tr, #totals-row', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-scope') ?? 'total',
        [...row.querySelectorAll('.num')].slice(0, 5).map((cell) => Number(cell.textContent)),
      ]),
    ),
  );
}

describe.skipIf(launched.browser === undefined)('the dashboard in headless Chromium', () => {
  it('triggers a run with the token, follows it live to 100 % and shows the counts of the report', async () => {
    // Two project values refused by N2F, so that the failures and their reasons show too; slow
    // answers keep the run in progress until the page has shown it live (then it may finish).
    h.sim.setFaults({
      latencyMs: 200,
      next: [{ count: 2, method: 'POST', path: '/companies/MTAwMg==/axes/projects', status: 400 }],
    });
    const service = await h.start();
    const page = await newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(service.url);
    await expect.poll(() => page.textContent('#service-state')).toBe('idle');

    await page.click('#trigger');
    await page.fill('#token', TOKEN);
    await page.click('#trigger-submit');
    await page.waitForSelector('#run-title:has-text("Run in progress")');
    await page.waitForSelector('#scope-rows .bar.writing');
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-live.png'), fullPage: true });
    h.sim.setFaults({ latencyMs: 2, next: h.sim.faults().next ?? [] });
    await page.waitForSelector('#run-outcome.partial', { timeout: 100_000 });
    expect(await page.evaluate(() => sessionStorage.getItem('n2f-sync-service-token'))).toBe(TOKEN);

    const progress = await page.$$eval('#scope-rows [role="progressbar"]', (bars) =>
      bars.map((bar) => bar.getAttribute('aria-valuenow')),
    );
    expect(progress).toEqual(['100', '100', '100', '100', '100']);
    const runId = (await page.textContent('#run-title'))?.replace(/^Run /, '') ?? '';
    const record = (await (await fetch(new URL(`runs/${runId}`, service.url))).json()) as RunRecord;
    const report = record.report as RunReport;
    const expected = Object.fromEntries([
      ...report.scopes.map((s) => [s.scope, COUNT_COLUMNS.map((c) => s.counts[c])]),
      ['total', COUNT_COLUMNS.map((c) => report.totals[c])],
    ]);
    expect(await shownCounts(page)).toEqual(expected);
    expect(report.totals.failed).toBe(2);
    expect(await page.locator('#failure-rows tr').count()).toBe(report.totals.failed);
    const history = await page.$$eval('#history-rows tr:first-child .num', (cells) =>
      cells.map((c) => Number(c.textContent)),
    );
    expect(history).toEqual(COUNT_COLUMNS.map((c) => report.totals[c]));
    expect(await page.locator('#quota-chart polyline.writes').getAttribute('points')).toMatch(/\d/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('keeps the dialog open and says so when the token is refused', async () => {
    const service = await h.start();
    const page = await newPage();
    await page.goto(service.url);
    await page.click('#trigger');
    await page.fill('#token', 'wrong-token');
    await page.click('#trigger-submit');
    await expect.poll(() => page.textContent('#trigger-error')).toBe('The token was refused.');
    expect(await page.evaluate(() => sessionStorage.getItem('n2f-sync-service-token'))).toBeNull();
    expect(service.runs.running()).toBeUndefined();
  });
});
