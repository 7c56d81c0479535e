import { describe, expect, it } from 'vitest';
import { repeatedOption } from './repeated.js';

describe('repeatedOption', () => {
  it('adds up repeated, inline and comma-separated values, and stops at --', () => {
    const raw = ['sync', '--only', 'a@x', '--scope', 'users', '--only=b@x, c@x', '--only', 'BE10/P1', '--', '--only', 'z@x'];
    expect(repeatedOption(raw, 'only')).toEqual(['a@x', 'b@x', 'c@x', 'BE10/P1']);
    expect(repeatedOption(raw, 'allow-mass-change')).toEqual([]);
  });
});
