import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOutputPaths } from './output-paths.js';

// CI runs on Linux; the Windows case goes through node:path's win32 rules, as on an operator's server.
describe('resolveOutputPaths', () => {
  it('resolves flags against the working directory and names files in outputs.dir, on Windows', () => {
    const paths = resolveOutputPaths(
      { report: 'runs\\report.json', audit: 'D:\\n2f\\audit.jsonl' },
      'C:\\n2f-sync\\outputs',
      '20260301-201500',
      'C:\\n2f-sync',
      win32,
    );
    expect(paths).toEqual({
      report: 'C:\\n2f-sync\\runs\\report.json',
      audit: 'D:\\n2f\\audit.jsonl',
      apiLog: 'C:\\n2f-sync\\outputs\\api-20260301-201500.csv',
      metricsDir: 'C:\\n2f-sync\\outputs',
    });
  });

  it('does the same with POSIX paths, and writes nothing without flags or outputs.dir', () => {
    expect(
      resolveOutputPaths({ prometheus: 'n2f.prom' }, undefined, 'r1', '/srv/n2f', posix),
    ).toEqual({ prometheus: '/srv/n2f/n2f.prom' });
    expect(resolveOutputPaths({}, undefined, 'r1', '/srv/n2f', posix)).toEqual({});
  });
});
