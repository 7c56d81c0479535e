import { describe, expect, it } from 'vitest';
import { evaluateDeleteGuard, type DeleteGuardInput } from './delete-guard.js';

const base: DeleteGuardInput = {
  scope: 'users',
  deletes: 5,
  targetCount: 100,
  sourceRows: 95,
  lastSourceRows: 100,
  maxDeletes: '10%',
  minSourceRatio: 0.5,
};

describe('evaluateDeleteGuard', () => {
  it('lets deletes within the threshold through', () => {
    expect(evaluateDeleteGuard(base)).toBeUndefined();
    expect(evaluateDeleteGuard({ ...base, deletes: 10 })).toBeUndefined();
  });

  it('holds deletes over a percentage threshold, with the numbers and the override', () => {
    const hold = evaluateDeleteGuard({ ...base, deletes: 11 });
    expect(hold).toMatchObject({
      reason: 'max-deletes',
      numbers: { deletes: 11, limit: 10, targetCount: 100 },
      override: '--max-deletes 11',
    });
    expect(hold?.message).toContain('11 deletes exceed the limit of 10');
  });

  it('holds deletes over a count threshold, and a raised count lets them through', () => {
    expect(evaluateDeleteGuard({ ...base, deletes: 30, maxDeletes: 25 })?.reason).toBe(
      'max-deletes',
    );
    expect(
      evaluateDeleteGuard({
        ...base,
        deletes: 30,
        maxDeletes: 30,
        sourceRows: 70,
        lastSourceRows: 100,
      }),
    ).toBeUndefined();
  });

  it('never deletes from an empty source, whatever the threshold', () => {
    const hold = evaluateDeleteGuard({ ...base, sourceRows: 0, deletes: 100, maxDeletes: '100%' });
    expect(hold?.reason).toBe('empty-source');
  });

  it('holds deletes when the source shrank below the ratio of the last successful run', () => {
    const hold = evaluateDeleteGuard({ ...base, sourceRows: 40, deletes: 5, maxDeletes: '100%' });
    expect(hold).toMatchObject({
      reason: 'shrunken-source',
      numbers: { sourceRows: 40, lastSourceRows: 100 },
    });
    expect(evaluateDeleteGuard({ ...base, sourceRows: 50, maxDeletes: '100%' })).toBeUndefined();
    expect(
      evaluateDeleteGuard({
        ...base,
        sourceRows: 40,
        lastSourceRows: undefined,
        maxDeletes: '100%',
      }),
    ).toBeUndefined();
  });

  it('has nothing to say when there is nothing to delete', () => {
    expect(evaluateDeleteGuard({ ...base, deletes: 0, sourceRows: 0 })).toBeUndefined();
  });
});
