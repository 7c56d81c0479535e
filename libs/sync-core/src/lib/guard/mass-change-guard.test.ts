import { describe, expect, it } from 'vitest';
import type { FieldChange, UpdateEntry } from '../model/plan-types.js';
import { withoutHeldFields } from './held-fields.js';
import { evaluateMassChangeGuard, type MassChangeLimit } from './mass-change-guard.js';

function update(key: string, changes: FieldChange[], followUp = false): UpdateEntry<string> {
  const before = Object.fromEntries(changes.map((c) => [c.field, c.before]));
  const after = Object.fromEntries(changes.map((c) => [c.field, c.after]));
  return { action: 'update', key, before, after, changes, payload: 'full', followUp };
}

const blanked = (i: number): UpdateEntry<string> =>
  update(`u${i}@x`, [{ field: 'managerMail', before: `boss${i}@x`, after: null }]);
const limits = (limit: MassChangeLimit): Map<string, MassChangeLimit> =>
  new Map([
    ['managerMail', limit],
    ['company', limit],
  ]);
const defaults: MassChangeLimit = { threshold: '20%', minimum: 10 };

describe('evaluateMassChangeGuard', () => {
  it.each([
    // changes, existing, held?
    [30, 100, true], // 30 > 20 and ≥ 10
    [20, 100, false], // not more than 20 %
    [21, 100, true],
    [9, 10, false], // 90 % but fewer than 10
    [10, 10, true],
  ])('%i changes of %i existing entities: held %s', (changes, existing, held) => {
    const updates = Array.from({ length: changes }, (_, i) => blanked(i));
    const holds = evaluateMassChangeGuard({
      scope: 'users',
      updates,
      existing,
      limits: limits(defaults),
    });
    expect(holds.map((h) => h.field)).toEqual(held ? ['managerMail'] : []);
  });

  it('names the field, the numbers, five examples with before and after, and the override', () => {
    const updates = Array.from({ length: 30 }, (_, i) => blanked(i));
    const [hold] = evaluateMassChangeGuard({
      scope: 'users',
      updates,
      existing: 100,
      limits: limits(defaults),
    });
    expect(hold).toMatchObject({
      reason: 'mass-change',
      field: 'managerMail',
      numbers: { changes: 30, existing: 100, limit: 20, minimum: 10 },
      override: expect.stringContaining('--allow-mass-change managerMail') as string,
    });
    expect(hold?.message).toContain('30 of 100');
    expect(hold?.examples).toEqual(
      [0, 1, 2, 3, 4].map((i) => ({ key: `u${i}@x`, before: `boss${i}@x`, after: null })),
    );
  });

  it('does not count follow-ups nor fields it does not guard', () => {
    const updates = Array.from({ length: 30 }, (_, i) => ({ ...blanked(i), followUp: true }));
    const other = Array.from({ length: 30 }, (_, i) =>
      update(`j${i}@x`, [{ field: 'jobTitle', before: 'a', after: 'b' }]),
    );
    expect(
      evaluateMassChangeGuard({
        scope: 'users',
        updates: [...updates, ...other],
        existing: 60,
        limits: limits(defaults),
      }),
    ).toEqual([]);
  });

  it('uses a count threshold as an absolute number of entities', () => {
    const updates = Array.from({ length: 4 }, (_, i) => blanked(i));
    const holds = evaluateMassChangeGuard({
      scope: 'users',
      updates,
      existing: 1000,
      limits: limits({ threshold: 3, minimum: 1 }),
    });
    expect(holds[0]?.numbers).toMatchObject({ changes: 4, limit: 3 });
  });
});

describe('withoutHeldFields', () => {
  const rebuild = (record: Readonly<Record<string, unknown>>): string => JSON.stringify(record);

  it('sends other fields of an update with the held field kept as in N2F, and drops updates of held fields only', () => {
    const both = update('a@x', [
      { field: 'managerMail', before: 'boss@x', after: null },
      { field: 'jobTitle', before: 'Clerk', after: 'Head' },
    ]);
    const only = blanked(1);
    const untouched = update('c@x', [{ field: 'jobTitle', before: 'x', after: 'y' }]);
    const result = withoutHeldFields([both, only, untouched], new Set(['managerMail']), rebuild);
    expect(result.held).toBe(1);
    expect(result.send.map((e) => e.key)).toEqual(['a@x', 'c@x']);
    expect(result.send[0]).toMatchObject({
      after: { managerMail: 'boss@x', jobTitle: 'Head' },
      changes: [{ field: 'jobTitle' }],
      payload: JSON.stringify({ managerMail: 'boss@x', jobTitle: 'Head' }),
    });
    expect(result.send[1]).toBe(untouched);
  });

  it('leaves follow-ups and an empty hold set alone', () => {
    const followUp = { ...blanked(2), followUp: true };
    expect(withoutHeldFields([followUp], new Set(['managerMail']), rebuild)).toEqual({
      send: [followUp],
      held: 0,
    });
    const plain = [blanked(3)];
    expect(withoutHeldFields(plain, new Set(), rebuild).send).toBe(plain);
  });
});
