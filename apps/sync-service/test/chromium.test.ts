import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, onPath } from './chromium.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chromium-path-'));
  await writeFile(join(dir, 'runnable'), '');
  await chmod(join(dir, 'runnable'), 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('onPath', () => {
  it('finds an executable in a PATH folder, and nothing for an unknown name or an empty PATH', () => {
    expect(onPath('runnable', ['', join(dir, 'missing'), dir].join(delimiter))).toBe(
      join(dir, 'runnable'),
    );
    expect(onPath('absent-browser', dir)).toBeUndefined();
    expect(onPath('runnable', '')).toBeUndefined();
  });
});

describe('launchChromium', () => {
  it('falls back to the packaged Chromium when CHROMIUM_PATH is wrong and no system one is on PATH', async () => {
    const launched = await launchChromium({
      CHROMIUM_PATH: join(dir, 'runnable'),
      PATH: dir,
      CI: 'true',
    });
    try {
      expect(launched.browser).toBeDefined();
      expect('source' in launched && launched.source).toMatch(/^@sparticuz\/chromium/);
    } finally {
      await launched.browser?.close();
    }
  });
});
