import { describe, expect, it } from 'vitest';
import { parseCliArgs, parseQuotaMode } from './cli-args.js';
import { N2F_QUOTA } from './quota.js';

describe('parseCliArgs', () => {
  it('applies the defaults', () => {
    expect(parseCliArgs([])).toEqual({
      help: false,
      port: 0,
      host: '127.0.0.1',
      stateFile: undefined,
      quota: N2F_QUOTA,
      tokenTtlSeconds: undefined,
    });
  });

  it('reads every option', () => {
    const args = parseCliArgs([
      '--port',
      '8080',
      '--host',
      '0.0.0.0',
      '--state',
      's.json',
      '--quota',
      '5:2',
      '--token-ttl',
      '30',
    ]);
    expect(args).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      stateFile: 's.json',
      quota: { reads: 5, writes: 2 },
      tokenTtlSeconds: 30,
    });
    expect(parseCliArgs(['--help']).help).toBe(true);
  });

  it.each([
    ['off', false],
    ['day', N2F_QUOTA.day],
    ['night', N2F_QUOTA.night],
    ['200:50', { reads: 200, writes: 50 }],
  ])('reads --quota %s', (mode, quota) => {
    expect(parseQuotaMode(mode)).toEqual(quota);
  });

  it.each([['--quota', '1/2'], ['--port', 'x'], ['--token-ttl', '-5'], ['--nope']])(
    'refuses %s %s',
    (...argv) => {
      expect(() => parseCliArgs(argv)).toThrow();
    },
  );
});
