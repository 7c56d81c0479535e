import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import { driftOf } from './drift.js';

const before: CanonicalRecord = {
  mail: 'a@x.example',
  jobTitle: 'Dev',
  names: { fr: 'A', nl: 'A' },
};
const live = new Map<string, CanonicalRecord>([['a@x.example', before]]);
const fields = ['jobTitle', 'names'];

describe('driftOf', () => {
  it('accepts an update whose record is as the plan saw it (map order ignored)', () => {
    const same = new Map([['a@x.example', { ...before, names: { nl: 'A', fr: 'A' } }]]);
    expect(
      driftOf(
        {
          action: 'update',
          key: 'a@x.example',
          before,
          after: before,
          changes: [],
          payload: {},
          followUp: false,
        },
        same,
        fields,
      ),
    ).toBeUndefined();
  });

  it('names the fields that changed since the plan', () => {
    const changed = new Map([['a@x.example', { ...before, jobTitle: 'Lead' }]]);
    expect(
      driftOf({ action: 'delete', key: 'a@x.example', before, protected: false }, changed, fields),
    ).toBe('drifted: jobTitle changed in N2F since the plan');
  });

  it('skips a create whose record now exists and a removal whose record is gone', () => {
    expect(
      driftOf(
        { action: 'create', key: 'a@x.example', before: null, after: before, payload: {} },
        live,
        fields,
      ),
    ).toMatch(/created in N2F/);
    expect(
      driftOf({ action: 'delete', key: 'b@x.example', before, protected: false }, live, fields),
    ).toMatch(/no longer in N2F/);
  });

  it('lets a follow-up update through: it completes a create of the same plan', () => {
    expect(
      driftOf(
        {
          action: 'update',
          key: 'c@x.example',
          before,
          after: before,
          changes: [],
          payload: {},
          followUp: true,
        },
        live,
        fields,
      ),
    ).toBeUndefined();
  });
});
