import { basename, dirname, join } from 'node:path';
import type { ViteUserConfig } from 'vitest/config';

/** Resolve `@n2f/*` workspace packages to their TypeScript sources in tests. */
const conditions = ['@n2f/source', 'module', 'node', 'development|production'];

function reportFile(projectRoot: string): string {
  const workspaceRoot = dirname(dirname(projectRoot));
  return join(workspaceRoot, 'test-output/vitest', `${basename(dirname(projectRoot))}-${basename(projectRoot)}.json`);
}

/** Shared Vitest settings for every project: node environment, sources resolved directly. */
export function sharedTestConfig(projectRoot: string): ViteUserConfig {
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
    },
  };
}
