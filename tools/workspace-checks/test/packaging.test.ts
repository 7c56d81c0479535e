import { access, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installConsumer, installGlobally } from './packaging/consumer.js';
import { packAll, publishableFolders, workspaceRoot, type Tarball } from './packaging/pack.js';
import { run } from './packaging/run.js';

const SLOW = 600_000;
const bin = (name: string): string => join(workspaceRoot, 'node_modules/.bin', name);
let scratch: string;
let tarballs: Tarball[];
let globalBin: string;
const consumer = (): string => join(scratch, 'consumer');

// Packs the built packages, installs them into a project outside the workspace and globally into a
// private prefix, as an integrator and an operator would.
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'n2f-packaging-'));
  tarballs = await packAll(await publishableFolders(), scratch);
  await mkdir(consumer());
  await mkdir(join(scratch, 'global'));
  [, globalBin] = await Promise.all([
    installConsumer(consumer(), tarballs),
    installGlobally(join(scratch, 'global'), tarballs),
  ]);
}, SLOW);
afterAll(async () => {
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
});

describe('the published packages', () => {
  it('are every lib and the CLI, each holding its build and metadata, no build info or test file', () => {
    expect(tarballs.map((t) => t.name).sort()).toEqual([
      '@n2f/agresso-source',
      '@n2f/cache',
      '@n2f/metrics',
      '@n2f/n2f-client',
      '@n2f/n2f-simulator',
      '@n2f/resilience',
      '@n2f/sync-core',
      'n2f-sync',
    ]);
    for (const tarball of tarballs) {
      expect(tarball.files).toContain('dist/index.js');
      expect(
        tarball.files.filter((f) => f.endsWith('.tsbuildinfo') || f.includes('.test.')),
      ).toEqual([]);
    }
  });

  it(
    'have source maps whose sources are shipped',
    async () => {
      for (const tarball of tarballs) {
        const root = join(consumer(), 'node_modules', tarball.name);
        for (const map of tarball.files.filter((f) => f.endsWith('.map'))) {
          const { sources } = JSON.parse(await readFile(join(root, map), 'utf8')) as {
            sources: string[];
          };
          for (const source of sources)
            expect(tarball.files, `${tarball.name}/${map}`).toContain(
              join(map, '..', source).replaceAll('\\', '/'),
            );
        }
      }
    },
    SLOW,
  );

  it(
    'pass publint and arethetypeswrong (ESM only: no CommonJS or node10 resolution)',
    async () => {
      const checks = tarballs.map(async (t) => {
        await run(bin('publint'), ['--strict', t.path], { cwd: scratch });
        await run(bin('attw'), ['--profile', 'esm-only', '--format', 'table-flipped', t.path], {
          cwd: scratch,
        });
      });
      await Promise.all(checks);
    },
    SLOW,
  );
});

describe('an integrator embedding sync-core from the tarballs', () => {
  it(
    'type-checks under strict, nodenext, skipLibCheck false',
    async () => {
      const { stdout } = await run(
        process.execPath,
        [join(workspaceRoot, 'node_modules/typescript/bin/tsc'), '-p', consumer()],
        { cwd: consumer() },
      );
      expect(stdout).toBe('');
      await expect(access(join(consumer(), 'dist/embed.js'))).resolves.toBeUndefined();
    },
    SLOW,
  );

  it(
    'syncs the demo files into the simulator, quotas off, then writes nothing the second time',
    async () => {
      const { stdout } = await run(process.execPath, ['dist/embed.js'], { cwd: consumer() });
      expect(stdout).toContain('second run writes 0');
      expect(stdout).toMatch(/first run success/);
    },
    SLOW,
  );
});

describe('an operator with the CLI installed globally', () => {
  it('n2f-sync --version prints the package version', async () => {
    const { stdout } = await run(join(globalBin, 'n2f-sync'), ['--version'], { cwd: scratch });
    expect(stdout.trim()).toBe(tarballs.find((t) => t.name === 'n2f-sync')?.version);
  });

  it(
    'n2f-sync demo syncs the sample and shows zero changes on the second run',
    async () => {
      const { stdout } = await run(join(globalBin, 'n2f-sync'), ['demo'], { cwd: scratch });
      expect(stdout).toContain('second run: 0 writes');
    },
    SLOW,
  );
});
