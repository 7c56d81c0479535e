import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const workspaceRoot = resolve(import.meta.dirname, '../../..');

/** Lints a virtual file placed inside a project and returns the boundary errors. */
async function boundaryErrors(projectFile: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: workspaceRoot });
  const [result] = await eslint.lintText(code, { filePath: resolve(workspaceRoot, projectFile) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
    .map((m) => m.message);
}

describe('dependency rules (@nx/enforce-module-boundaries)', () => {
  it.each([
    ['libs/n2f-client/src/lib/forbidden.ts', '@n2f/agresso-source', 'adapters never import each other'],
    ['libs/agresso-source/src/lib/forbidden.ts', '@n2f/n2f-client', 'adapters never import each other'],
    ['libs/resilience/src/lib/forbidden.ts', '@n2f/cache', 'resilience imports no internal lib'],
    ['libs/sync-core/src/lib/forbidden.ts', '@n2f/metrics', 'metrics learns through channels only'],
    ['libs/sync-core/src/lib/forbidden.ts', 'n2f-sync', 'libs never import apps'],
    ['libs/n2f-simulator/src/lib/forbidden.ts', '@n2f/n2f-client', 'the simulator is written from the contract'],
  ])('%s importing %s fails lint (%s)', async (file, target) => {
    const errors = await boundaryErrors(file, `import * as forbidden from '${target}';\nexport { forbidden };\n`);
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each([
    ['libs/n2f-client/src/lib/allowed.ts', '@n2f/resilience'],
    ['libs/sync-core/src/lib/allowed.ts', '@n2f/n2f-client'],
    ['apps/cli/src/allowed.ts', '@n2f/sync-core'],
  ])('%s may import %s', async (file, target) => {
    const errors = await boundaryErrors(file, `import * as allowed from '${target}';\nexport { allowed };\n`);
    expect(errors).toEqual([]);
  });
});
