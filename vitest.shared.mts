import { basename, dirname, join } from 'node:path';
import type { ViteUserConfig } from 'vitest/config';

/** Resolve `@n2f/*` workspace packages to their TypeScript sources in tests. */
const conditions = ['@n2f/source', 'module', 'node', 'development|production'];

/** Every project sits two levels down: libs/x, apps/x, tools/x. */
function workspaceRootOf(projectRoot: string): string {
  return dirname(dirname(projectRoot));
}

/** Coverage floors in percent; a project may raise them (never lower) in its vitest config. */
export interface CoverageFloors {
  readonly lines: number;
  readonly branches?: number;
}

/** The floor of each kind of project: libraries 90 % lines and 80 % branches, apps 80 % lines. */
const FLOORS: Record<string, CoverageFloors | undefined> = {
  libs: { lines: 90, branches: 80 },
  apps: { lines: 80 },
};

function reportFile(projectRoot: string): string {
  return join(
    workspaceRootOf(projectRoot),
    'test-output/vitest',
    `${basename(dirname(projectRoot))}-${basename(projectRoot)}.json`,
  );
}

/** Shared Vitest settings for every project: node environment, sources resolved directly, coverage gated. */
export function sharedTestConfig(projectRoot: string, floors?: CoverageFloors): ViteUserConfig {
  const thresholds = floors ?? FLOORS[basename(dirname(projectRoot))];
  return {
    root: projectRoot,
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['@n2f/source'] } },
    test: {
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // A timeout only reports a hang: on a loaded machine (CI, runs side by side) a test that spawns
      // the CLI a few times can need more than 30 s, and must not fail for it.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      passWithNoTests: false,
      // expect.poll waits for an event; on a busy machine it can take longer than the default second.
      expect: { poll: { timeout: 10_000 } },
      // FC_SEED=<seed> replays a failed fast-check property (see vitest.fast-check.mts).
      setupFiles: process.env['FC_SEED']
        ? [join(workspaceRootOf(projectRoot), 'vitest.fast-check.mts')]
        : [],
      // One JSON report per project, summed up by tools/workspace-checks/scripts/test-summary.mjs.
      reporters: ['default', ['json', { outputFile: reportFile(projectRoot) }]],
      coverage: {
        enabled: true,
        provider: 'v8',
        include: ['src/**/*.ts'],
        exclude: ['src/**/*.test.ts', 'src/testing-fixtures/**'],
        reporter: [['text', { skipFull: true }], 'text-summary'],
        reportsDirectory: join(projectRoot, 'test-output/coverage'),
        ...(thresholds === undefined ? {} : { thresholds: { ...thresholds } }),
      },
    },
  };
}
