import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** A browser for the dashboard tests, or why there is none. */
export type ChromiumLaunch =
  | { readonly browser: Browser; readonly source: string }
  | { readonly browser?: undefined; readonly skipReason: string };

const SYSTEM_NAMES = ['chromium', 'chromium-browser'];
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const HOW_TO =
  'set CHROMIUM_PATH to a Chromium binary, install one (apt-get install chromium), or run npm ci to get @sparticuz/chromium';

/** The first executable named `name` on `PATH`, as a shell would find it. */
export function onPath(name: string, path = process.env['PATH'] ?? ''): string | undefined {
  for (const folder of path.split(delimiter).filter(Boolean)) {
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Where to look, in order: `CHROMIUM_PATH`, a system Chromium, then the one `@sparticuz/chromium` ships. */
function* candidates(
  env: NodeJS.ProcessEnv,
): Generator<[string, () => Promise<string | undefined>]> {
  yield ['CHROMIUM_PATH', async () => env['CHROMIUM_PATH'] || undefined];
  for (const name of SYSTEM_NAMES) yield [`system ${name}`, async () => onPath(name, env['PATH'])];
  yield [
    '@sparticuz/chromium',
    async () => {
      const { default: packaged } = await import('@sparticuz/chromium');
      return packaged.executablePath();
    },
  ];
}

/**
 * Starts the first Chromium that starts. With none, the result says how to get one; under `CI=true`
 * it throws instead, since CI must run every browser test.
 */
export async function launchChromium(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChromiumLaunch> {
  const tried: string[] = [];
  for (const [source, locate] of candidates(env)) {
    try {
      const executablePath = await locate();
      if (executablePath === undefined) continue;
      const browser = await chromium.launch({ executablePath, args: ARGS });
      return { browser, source: `${source} (${executablePath})` };
    } catch (error) {
      tried.push(
        `${source}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
  const skipReason = `no Chromium could start (${tried.join('; ') || 'none found'}): ${HOW_TO}`;
  if (env['CI'] === 'true') throw new Error(skipReason);
  return { skipReason };
}
