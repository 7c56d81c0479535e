import { basename, dirname, join } from 'node:path';
import type { ViteUserConfig } from 'vitest/config';

/** Resolve `@n2f/*` workspace packages to their TypeScript sources in tests. */
const conditions = ['@n2f/source', 'module', 'node', 'development|production'];

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
  const workspaceRoot = dirname(dirname(projectRoot));
  return join(
    workspaceRoot,
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
      testTimeout: 30_000,
      hookTimeout: 30_000,
      passWithNoTests: false,
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
