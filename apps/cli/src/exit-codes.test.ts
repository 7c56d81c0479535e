import type { Outcome, Shortfall } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from './exit-codes.js';

const outcome = (...shortfalls: Shortfall[]): Outcome => ({ kind: shortfalls[0] ?? 'success', shortfalls });

describe('exit codes (domain.md §7)', () => {
  it.each<[Outcome, number]>([
    [outcome(), 0],
    [outcome('invalid-rows'), 1],
    [outcome('failures'), 1],
    // Entities skipped because they drifted since the saved plan: never "all good".
    [outcome('skipped'), 1],
    [outcome('guard-held', 'failures'), 3],
    [outcome('scope-failed', 'guard-held'), 4],
    // An interrupted run never exits 0, whatever else fell short: the shell's code for its signal.
    [outcome('interrupted'), 130],
    [outcome('interrupted', 'scope-failed', 'failures'), 130],
  ])('%#: exit %i', (result, code) => {
    expect(exitCodeOf(result)).toBe(code);
  });

  it('exits 130 after SIGINT or SIGBREAK, 143 after SIGTERM', () => {
    expect(exitCodeOf(outcome('interrupted'), 'SIGINT')).toBe(130);
    expect(exitCodeOf(outcome('interrupted'), 'SIGBREAK')).toBe(130);
    expect(exitCodeOf(outcome('interrupted', 'failures'), 'SIGTERM')).toBe(143);
    expect(exitCodeOf(outcome('failures'), 'SIGTERM')).toBe(1);
  });
});
