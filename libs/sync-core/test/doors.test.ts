import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const DOORS = {
  '.': 'src/index.ts',
  './scope-kit': 'src/scope-kit.ts',
  './testing': 'src/testing.ts',
};

// The names a door exports (values and types), read from its `export { … } from` lists.
function namesOf(file: string): { names: string[]; sources: string[] } {
  const text = readFileSync(join(root, file), 'utf8');
  const names: string[] = [];
  const sources: string[] = [];
  for (const match of text.matchAll(/export (?:type )?\{([^}]*)\} from '([^']+)'/g)) {
    sources.push(match[2] ?? '');
    for (const part of (match[1] ?? '').split(',')) {
      const name =
        part
          .trim()
          .replace(/^type /, '')
          .split(/\s+as\s+/)
          .at(-1) ?? '';
      if (name !== '') names.push(name);
    }
  }
  return { names, sources };
}

describe('the public doors of @n2f/sync-core', () => {
  it('are the three subpaths of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, { '@n2f/source'?: string }>;
    };
    for (const [door, file] of Object.entries(DOORS))
      expect(pkg.exports[door]?.['@n2f/source']).toBe(`./${file}`);
  });

  it('keep the embedders door at 60 names or fewer', () => {
    expect(namesOf(DOORS['.']).names.length).toBeLessThanOrEqual(60);
  });

  it('export no name from two doors, and no error (errors come from @n2f/resilience)', () => {
    const seen = new Map<string, string>();
    for (const [door, file] of Object.entries(DOORS)) {
      const { names, sources } = namesOf(file);
      expect(sources.filter((source) => !source.startsWith('./lib/'))).toEqual([]);
      for (const name of names) {
        expect(seen.get(name), `${name} is exported from ${door} too`).toBeUndefined();
        seen.set(name, door);
      }
    }
    expect([...seen.keys()].filter((name) => /Error$|^is[A-Z]/.test(name))).toEqual([]);
  });
});
