import { describe, expect, it } from 'vitest';
import { TargetTable } from './target-index.js';

function table(): TargetTable<{ id: string }> {
  const t = new TargetTable<{ id: string }>();
  t.add('b', { id: 'raw-b' }, { name: 'B' });
  t.add('a', { id: 'raw-a' }, { name: 'A' });
  return t;
}

describe('TargetTable', () => {
  it('reads as a map of canonical records, in N2F order', () => {
    const t = table();
    expect(t.size).toBe(2);
    expect(t.get('a')).toEqual({ name: 'A' });
    expect(t.get('c')).toBeUndefined();
    expect(t.has('b')).toBe(true);
    expect([...t.keys()]).toEqual(['b', 'a']);
    expect([...t.values()]).toEqual([{ name: 'B' }, { name: 'A' }]);
    expect([...t]).toEqual([
      ['b', { name: 'B' }],
      ['a', { name: 'A' }],
    ]);
    const seen: string[] = [];
    t.forEach((record, key, map) => seen.push(`${key}=${String(record['name'])}:${map.size}`));
    expect(seen).toEqual(['b=B:2', 'a=A:2']);
    expect(new Map(t)).toEqual(new Map(t.entries()));
  });

  it('numbers records by slot and keeps the raw records', () => {
    const t = table();
    expect(t.slotOf('a')).toBe(1);
    expect(t.slotOf('c')).toBe(-1);
    expect(t.keyAt(0)).toBe('b');
    expect(t.recordAt(1)).toEqual({ name: 'A' });
    expect([...t.raws()]).toEqual([{ id: 'raw-b' }, { id: 'raw-a' }]);
  });
});
