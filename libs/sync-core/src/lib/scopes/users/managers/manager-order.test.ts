import { describe, expect, it } from 'vitest';
import { orderByParent } from './manager-order.js';

const parents = (map: Record<string, string>) => (node: string) => map[node] ?? null;

describe('orderByParent', () => {
  it.each([
    { nodes: ['a', 'b', 'c'], map: {}, order: ['a', 'b', 'c'], cycles: [] },
    { nodes: ['c', 'b', 'a'], map: { c: 'b', b: 'a' }, order: ['a', 'b', 'c'], cycles: [] },
    { nodes: ['x', 'y'], map: { x: 'outside' }, order: ['x', 'y'], cycles: [] },
    { nodes: ['a', 'b'], map: { a: 'b', b: 'a' }, order: ['a', 'b'], cycles: [['a', 'b']] },
    { nodes: ['s'], map: { s: 's' }, order: ['s'], cycles: [['s']] },
    // d hangs under a cycle; the cycle is broken at its first member in input order (c).
    {
      nodes: ['d', 'c', 'b'],
      map: { d: 'c', c: 'b', b: 'c' },
      order: ['c', 'd', 'b'],
      cycles: [['c', 'b']],
    },
  ])('orders $nodes with parents $map', ({ nodes, map, order, cycles }) => {
    expect(orderByParent(nodes, parents(map))).toEqual({ order, cycles });
  });

  it('handles a long chain without recursion', () => {
    const n = 100_000;
    const nodes = Array.from({ length: n }, (_, i) => `u${n - 1 - i}`);
    const result = orderByParent(nodes, (node) =>
      node === 'u0' ? null : `u${Number(node.slice(1)) - 1}`,
    );
    expect(result.order[0]).toBe('u0');
    expect(result.order[n - 1]).toBe(`u${n - 1}`);
  });
});
