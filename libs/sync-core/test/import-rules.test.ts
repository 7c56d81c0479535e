import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = join(import.meta.dirname, '..', 'src', 'lib');

// Every source file (tests aside) under `dir`, with the modules it imports.
function sources(dir: string): { file: string; imports: { spec: string; typeOnly: boolean }[] }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const imports = [...text.matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)].map((m) => ({
        spec: m[2] ?? '',
        typeOnly: m[1] !== undefined,
      }));
      return { file: join(dir, file), imports };
    });
}

// The folder of sync-core's lib a relative import lands in (`plan`, `scopes/users`…).
function folderOf(file: string, spec: string): string {
  return relative(lib, resolve(file, '..', spec))
    .split('/')
    .slice(0, -1)
    .join('/');
}

// What the plan engine may import: its own folder and the pure folders beneath it.
const PURE = new Set(['plan', 'plan/estimate', 'canonical', 'model', 'references']);
// Packages that do no I/O: the error family and the glob matcher of protected accounts.
const PURE_PACKAGES = new Set(['@n2f/resilience', 'picomatch']);

describe('the plan engine', () => {
  it('imports nothing scope-specific and nothing that does I/O', () => {
    const offending: string[] = [];
    for (const { file, imports } of sources(join(lib, 'plan'))) {
      for (const { spec, typeOnly } of imports) {
        const ok = spec.startsWith('.')
          ? PURE.has(folderOf(file, spec))
          : typeOnly || PURE_PACKAGES.has(spec);
        if (!ok) offending.push(`${relative(lib, file)} → ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
