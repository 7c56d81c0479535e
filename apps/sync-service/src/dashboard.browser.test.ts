import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport } from '@n2f/sync-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDashboard, overflowing, SCREENSHOTS, seriousViolations } from '../test/browser.js';
import { launchChromium } from '../test/chromium.js';
import { getJson, startHarness, TOKEN, type ServiceHarness } from '../test/service-harness.js';
import type { RunRecord } from './runs/run-record.js';

const COUNT_COLUMNS = [
  'created',
  'updated',
  'deleted',
  'unchanged',
  'skipped',
  'invalid',
  'failed',
] as const;
/** A screenshot kept in test-output/; long pages (a whole plan) are shot as the viewport shows them. */
const shot = (
  name: string,
  fullPage = true,
): { path: string; fullPage: boolean; timeout: number } => ({
  path: join(SCREENSHOTS, name),
  fullPage,
  timeout: 90_000,
});

// Skipped with a how-to when no Chromium can start, except under CI=true where that throws.
const launched = await launchChromium();
if (launched.browser === undefined)
  console.warn(`dashboard browser tests skipped: ${launched.skipReason}`);
/** The launched browser (only called by tests that run, so one was launched). */
function browser(): Browser {
  if (launched.browser === undefined) throw new Error(launched.skipReason);
  return launched.browser;
}
let h: ServiceHarness;

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
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
        [...row.querySelectorAll('.num')].slice(0, 7).map((cell) => Number(cell.textContent)),
      ]),
    ),
  );
}

/** Starts a run from the dialog (the token was given when the page opened). */
async function startRun(page: Page, options: { readonly dryRun?: boolean } = {}): Promise<void> {
  await page.click('#trigger');
  await page.setChecked('#dry-run', options.dryRun ?? false);
  await page.click('#trigger-submit');
  await page.waitForSelector('#trigger-dialog', { state: 'hidden' });
}

async function shownRunId(page: Page): Promise<string> {
  return (await page.getAttribute('#run-title', 'data-run-id')) ?? '';
}

// Runs are watched in a real browser on a shared machine: give each test room.
describe.skipIf(launched.browser === undefined)(
  'the dashboard in headless Chromium',
  { timeout: 240_000 },
  () => {
    it('asks for the token once per tab, then guides an idle page and draws the quota limits in force', async () => {
      const service = await h.start({ N2F_QUOTAS: 'day' });
      const errors: string[] = [];
      const page = await openDashboard(browser(), service.url, { errors });
      expect(await page.evaluate(() => sessionStorage.getItem('n2f-sync-service-token'))).toBe(
        TOKEN,
      );
      expect(await page.textContent('#run-title')).toBe('Nothing has run yet');
      expect(await page.isVisible('#idle-guide')).toBe(true);
      expect(await page.textContent('#idle-guide')).toMatch(/Dry run.*writes nothing/s);
      expect(await page.textContent('#idle-schedule')).toMatch(/no schedule is set/);
      expect(await page.textContent('#history-rows')).toMatch(/No run yet/);
      // Quotas on: both limits drawn before any run, with the configured figures.
      expect(await page.locator('#quota-chart polyline.limit').count()).toBe(2);
      expect(await page.textContent('#quota-chart')).toContain('write limit 10');
      expect(await page.textContent('#quota-now')).toMatch(/10 writes and 60 reads per minute/);
      expect(await page.isVisible('#quota-limit-key')).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot(shot('dashboard-idle.png'));

      await page.reload();
      await page.waitForSelector('#service-state.idle');
      expect(await page.isVisible('#token-dialog')).toBe(false);
      expect(errors).toEqual([]);
    });

    it('starts a run, follows it live to 100 % and shows the counts of the report, unchanged and skipped included', async () => {
      // Two project values refused by N2F, so that the failures and their reasons show too; slow
      // answers keep the run in progress until the page has shown it live (then it may finish).
      h.sim.setFaults({
        latencyMs: 200,
        next: [
          { count: 2, method: 'POST', path: '/companies/MTAwMg==/axes/projects', status: 400 },
        ],
      });
      const service = await h.start();
      const errors: string[] = [];
      const page = await openDashboard(browser(), service.url, { errors });
      await startRun(page);
      await page.waitForSelector('#run-outcome.running');
      await page.waitForSelector('#scope-rows .bar.writing');
      await page.screenshot(shot('dashboard-live.png'));
      h.sim.setFaults({ latencyMs: 2, next: h.sim.faults().next ?? [] });
      await page.waitForSelector('#run-outcome.partial', { timeout: 100_000 });

      const progress = await page.$$eval('#scope-rows [role="progressbar"]', (bars) =>
        bars.map((bar) => bar.getAttribute('aria-valuenow')),
      );
      expect(progress).toEqual(['100', '100', '100', '100', '100']);
      const { body: record } = await getJson<RunRecord>(
        new URL(`runs/${await shownRunId(page)}`, service.url),
      );
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
      // Quotas off: usage drawn, no limit line, and the card says why.
      expect(await page.locator('#quota-chart polyline.writes').getAttribute('points')).toMatch(
        /\d/,
      );
      expect(await page.locator('#quota-chart polyline.limit').count()).toBe(0);
      expect(await page.textContent('#quota-now')).toMatch(/Quotas are off .* no limit is drawn/);
      expect(await page.isVisible('#quota-limit-key')).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot(shot('dashboard.png'));
    });

    it('marks a dry run as such, in the run card and in the history', async () => {
      const service = await h.start();
      const page = await openDashboard(browser(), service.url);
      await startRun(page, { dryRun: true });
      await page.waitForSelector('#run-outcome.success', { timeout: 30_000 });
      const id = await shownRunId(page);
      expect(await page.textContent('#run-title')).toBe(`Dry run ${id}`);
      expect(await page.textContent('#run-meta')).toMatch(/dry run: nothing written/);
      await page.waitForSelector(`#history-rows tr[data-run-id="${id}"] .tag.dry-run`);
      expect(
        h.sim.requests().filter((r) => r.method !== 'GET' && !r.path.includes('auth')),
      ).toEqual([]);
    });

    it('at 390 px wide, nothing overflows and the page has no serious accessibility violation', async () => {
      h.sim.setFaults({
        next: [
          { count: 1, method: 'POST', path: '/companies/MTAwMg==/axes/projects', status: 400 },
        ],
      });
      const service = await h.start();
      const page = await openDashboard(browser(), service.url, { width: 390 });
      expect(await overflowing(page)).toEqual([]);
      await startRun(page);
      await page.waitForSelector('#run-outcome.partial', { timeout: 30_000 });
      await page.waitForSelector('#history-rows tr[data-run-id]');
      expect(await overflowing(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot(shot('dashboard-390.png'));
    });

    it('plans, shows the diff, applies exactly that plan once approved, live, then drills into what it wrote', async () => {
      h.sim.setFaults({
        next: [
          { count: 1, method: 'POST', path: '/companies/MTAwMg==/axes/projects', status: 400 },
        ],
      });
      const service = await h.start();
      const errors: string[] = [];
      const page = await openDashboard(browser(), service.url, { errors });
      await page.click('#plan-now');
      await page.waitForSelector('#plan-card:not([hidden]) .plan-scope[data-scope="users"]', {
        timeout: 60_000,
      });
      const planId = (await page.getAttribute('#plan-card', 'data-plan-id')) ?? '';
      expect(await page.textContent('#plan-title')).toBe(`Plan ${planId}`);
      expect(await page.textContent('#plan-meta')).toMatch(/approve before/);
      const users = page.locator('.plan-scope[data-scope="users"]');
      expect(await users.locator('p.muted').first().textContent()).toMatch(
        /^40 to create, 0 to update/,
      );
      // The diff: each user to create with its fields, from nothing to the wanted value.
      const firstUser = users.locator('tbody tr').first();
      expect(await firstUser.locator('.changes li').count()).toBeGreaterThan(3);
      expect(await firstUser.locator('.changes del').first().textContent()).toBe('—');
      await page.waitForSelector(`#history-rows tr[data-run-id="${planId}"] .tag.plan`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot(shot('plan-review.png', false));
      expect(
        h.sim.requests().filter((r) => r.method === 'POST' && !r.path.startsWith('/auth')),
      ).toEqual([]);

      // Slow answers while the page shows the apply live, as above.
      h.sim.setFaults({ latencyMs: 200, next: h.sim.faults().next ?? [] });
      await page.click('#plan-approve');
      await page.waitForSelector('#run-outcome.running');
      await page.waitForSelector('#plan-card', { state: 'hidden' });
      const runId = await shownRunId(page);
      expect(runId).not.toBe(planId);
      await page.waitForSelector('#scope-rows .bar.writing');
      await page.screenshot(shot('plan-applying-live.png'));
      h.sim.setFaults({ latencyMs: 2, next: h.sim.faults().next ?? [] });
      await page.waitForSelector('#run-outcome.partial', { timeout: 100_000 });
      await page.waitForSelector(`#history-rows tr[data-run-id="${runId}"] .tag.apply`);

      await page.click('#open-details');
      await page.waitForSelector(
        '#details-card:not([hidden]) .plan-scope[data-scope="users"] tbody tr',
      );
      const { body: record } = await getJson<RunRecord>(new URL(`runs/${runId}`, service.url));
      const report = record.report as RunReport;
      const shownWrites = await page.locator('#details-body tbody tr').count();
      expect(shownWrites).toBe(report.totals.created + report.totals.failed);
      const refused = page.locator('#details-body tr', { hasText: 'refused' });
      expect(await refused.count()).toBe(1);
      expect(await refused.locator('.error').textContent()).toMatch(/Injected fault/);
      expect(
        await page.textContent('#details-body .plan-scope[data-scope="projects"] p.muted'),
      ).toMatch(/unchanged, 0 skipped, 0 invalid, 1 failed/);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot(shot('run-drill-down.png', false));
      await page.setViewportSize({ width: 390, height: 900 });
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot(shot('run-drill-down-390.png', false));
    });

    it('asks again, saying so, when the token is refused', async () => {
      const service = await h.start();
      const page = await browser().newPage();
      await page.goto(service.url);
      await page.waitForSelector('#token-dialog[open]');
      await page.fill('#token', 'wrong-token');
      await page.click('#token-submit');
      await expect.poll(() => page.textContent('#token-error')).toBe('The token was refused.');
      expect(await page.isVisible('#token-dialog')).toBe(true);
      expect(
        await page.evaluate(() => sessionStorage.getItem('n2f-sync-service-token')),
      ).toBeNull();
      expect(service.runs.running()).toBeUndefined();
    });
  },
);
