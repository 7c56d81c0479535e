import type { Outcome, Shortfall } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from './exit-codes.js';

const outcome = (...shortfalls: Shortfall[]): Outcome => ({ kind: shortfalls[0] ?? 'success', shortfalls });

describe('exit codes (domain.md §7)', () => {
  it.each<[Outcome, number]>([
    [outcome(), 0],
    [outcome('invalid-rows'), 1],
    [outcome('failures'), 1],
    [outcome('guard-held', 'failures'), 3],
    [outcome('scope-failed', 'guard-held'), 4],
    // An interrupted run exits with what else fell short.
    [outcome('interrupted'), 0],
    [outcome('interrupted', 'failures'), 1],
  ])('%#: exit %i', (result, code) => {
    expect(exitCodeOf(result)).toBe(code);
  });
});
