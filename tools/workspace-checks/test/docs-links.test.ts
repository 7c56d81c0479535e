import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceRoot } from './packaging/pack.js';
import { run } from './packaging/run.js';

/** Paths of the machine a doc was written on, which mean nothing on a reader's. */
const MACHINE_PATH =
  /(?:^|[\s`'"(=])(\/work\/|\/tmp\/|\/home\/\w|\/root\/|\/Users\/\w|[A-Z]:\\Users\\)/m;
const LINK = /\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** Every markdown file of the repository, committed or new, but not ignored ones (generated docs). */
async function markdownFiles(): Promise<string[]> {
  const { stdout } = await run(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'],
    { cwd: workspaceRoot },
  );
  return stdout.split('\n').filter((file) => file !== '' && existsSync(join(workspaceRoot, file)));
}

/** The relative links of a markdown text: no URL, no in-page anchor, no e-mail. */
export function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(LINK)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^([a-z][a-z+.-]*:|#)/i.test(target))
    .map((target) => decodeURIComponent(target.split('#')[0] ?? ''));
}

const files = await markdownFiles();

describe('the markdown docs', () => {
  it('are found (README, docs/ and every project README)', () => {
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'docs/operations.md', 'libs/sync-core/README.md']),
    );
  });

  it.each(files)('%s: every relative link resolves to a file of the repository', async (file) => {
    const text = await readFile(join(workspaceRoot, file), 'utf8');
    const broken = relativeLinks(text).filter(
      (target) => !existsSync(join(workspaceRoot, dirname(file), target)),
    );
    expect(broken).toEqual([]);
  });

  it.each(files)('%s: names no path of the machine it was written on', async (file) => {
    const text = await readFile(join(workspaceRoot, file), 'utf8');
    expect(text.match(MACHINE_PATH)?.[0]).toBeUndefined();
  });

  it('the link checker sees relative links and skips URLs, anchors and code blocks', () => {
    const text =
      '[a](docs/x.md#part) [b](https://x.example) [c](#here) [d](mailto:a@b.c)\n```\n[e](nowhere.md)\n```';
    expect(relativeLinks(text)).toEqual(['docs/x.md']);
    expect('see /work/main/x'.match(MACHINE_PATH)).not.toBeNull();
  });
});
