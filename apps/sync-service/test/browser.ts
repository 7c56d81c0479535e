import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { TOKEN } from './service-harness.js';

/** Where the browser tests keep their screenshots (gitignored). */
export const SCREENSHOTS = fileURLToPath(new URL('../test-output/', import.meta.url));

/** Opens the dashboard at `width` px and gives the token the page asks for. */
export async function openDashboard(
  browser: Browser,
  url: string,
  options: { readonly width?: number; readonly errors?: string[] } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1440, height: 900 } });
  page.on('pageerror', (error) => options.errors?.push(error.message));
  await page.goto(url);
  await page.waitForSelector('#token-dialog[open]');
  await page.fill('#token', TOKEN);
  await page.click('#token-submit');
  await page.waitForSelector('#service-state.idle, #service-state.running');
  return page;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical axe-core violations of the page as `rule: target…` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // evaluate() is not bound by the page's CSP, which rightly refuses an injected script tag.
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface AxeResults {
  readonly violations: readonly {
    readonly id: string;
    readonly impact: string | null;
    readonly nodes: readonly { readonly target: readonly string[] }[];
  }[];
}

/**
 * The page and every visible box in it whose content is wider than the box
 * (`scrollWidth > clientWidth`); content clipped on purpose (visually hidden headers) is left out.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.$$eval('html, header *, main *', (boxes) => {
    type Box = (typeof boxes)[number];
    const clipped = (box: Box): boolean => {
      for (let node: Box | null = box; node; node = node.parentElement)
        if (node.ownerDocument.defaultView?.getComputedStyle(node).clipPath !== 'none') return true;
      return false;
    };
    return boxes
      .filter((box) => box.clientWidth > 0 && box.scrollWidth > box.clientWidth + 1)
      .filter((box) => !clipped(box))
      .map(
        (box) =>
          `${box.tagName.toLowerCase()}#${box.id}.${String(box.className)}: ${box.scrollWidth} > ${box.clientWidth}`,
      );
  });
}
