import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-process.js';

describe('n2f-sync demo', () => {
  it('needs nothing set up, tells what it created per scope, then shows a second run with 0 writes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'n2f-cli-demo-'));
    try {
      const result = await runCli(['demo'], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      const story = result.stdout;
      expect(story).toContain('N2F simulator started at http://127.0.0.1:');
      expect(story).toContain('2 companies (BE10, NL20), 3 roles, 3 profiles, 2 users, 0 axe values');
      const first = story.slice(story.indexOf('First run'), story.indexOf('Second run'));
      for (const scope of ['users', 'projects', 'plates', 'subposts']) expect(first).toMatch(new RegExp(`^ {2}${scope}\\s+success: \\d+ created`, 'm'));
      const second = story.slice(story.indexOf('Second run'));
      expect(second).toContain('0 writes: N2F already matches Agresso');
      expect(story).toContain('second run: 0 writes');
      expect(`${story}${result.stderr}`).not.toContain('\x1b[');
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
