import { describe, expect, it } from 'vitest';
import { clientOf, simulator, stateWithUsers } from '../../test/simulator.js';

const userGets = (sim: Awaited<ReturnType<typeof simulator>>): string[] =>
  sim
    .requests()
    .filter((r) => r.method === 'GET' && r.path === '/users')
    .map((r) => `${r.query['start']}/${r.query['limit']}`);

describe('paging against the simulator', () => {
  it.each([
    [0, ['0/200']],
    [200, ['0/200', '200/200']],
    [201, ['0/200', '200/200']],
    [1000, ['0/200', '200/200', '400/200', '600/200', '800/200', '1000/200']],
  ])('reads %i users with the pages %j', async (n, pages) => {
    const sim = await simulator({ state: stateWithUsers(n) });
    const result = await clientOf(sim).listUsers();
    expect(result.items).toHaveLength(n);
    expect(new Set(result.items.map((u) => u.mail)).size).toBe(n);
    expect(result.pages).toBe(pages.length);
    expect(userGets(sim)).toEqual(pages);
  });

  it('reports and drops a user seen twice across shuffled pages', async () => {
    const sim = await simulator({
      state: stateWithUsers(650),
      faults: { seed: 7, shufflePages: true, duplicateRate: 1 },
    });
    const warnings: string[] = [];
    const result = await clientOf(sim).listUsers({ onDuplicate: (d) => warnings.push(d.key) });
    expect(result.items).toHaveLength(650);
    expect(result.duplicates).toHaveLength(3);
    expect(result.duplicates[0]).toMatchObject({ endpoint: 'GET /users', start: 200 });
    expect(warnings).toEqual(result.duplicates.map((d) => d.key));
  });

  it('iterates lazily: breaking after the first user reads one page', async () => {
    const sim = await simulator({ state: stateWithUsers(450) });
    for await (const user of clientOf(sim).iterateUsers()) {
      expect(user.mail).toMatch(/@iris\.example$/);
      break;
    }
    expect(userGets(sim)).toEqual(['0/200']);
  });
});
