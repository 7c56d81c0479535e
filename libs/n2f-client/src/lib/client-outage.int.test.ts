import { apiPolicy, isApiError, isCircuitOpenError, isNetworkError } from '@n2f/resilience';
import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { clientOf, recordingFetch, simulator, takeDown } from '../../test/simulator.js';

const outcome = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'ok',
    (error: unknown) => error,
  );

describe('fail fast when N2F is down (circuit breaker, over real HTTP)', () => {
  it('opens after 5 refused connections in a row: later calls fail at once, naming since when and the fix', async () => {
    const sim = await simulator();
    const wire = recordingFetch();
    const n2f = clientOf(sim, { fetch: wire.fetch });
    await expect(n2f.listRoles()).resolves.toHaveLength(3);
    await takeDown(sim);

    // 4 attempts refused, then the 5th opens the circuit and the retry stops at once.
    expect(await outcome(n2f.listRoles())).toSatisfy(isNetworkError);
    const open = await outcome(n2f.listCompanies());
    expect(open).toSatisfy(isCircuitOpenError);
    const sent = wire.urls.length;
    const started = performance.now();
    const later = await Promise.all(
      [n2f.listUsers(), n2f.deleteUser('a@iris.example')].map(outcome),
    );
    expect(performance.now() - started).toBeLessThan(50);
    expect(later.every(isCircuitOpenError)).toBe(true);
    expect(wire.urls).toHaveLength(sent);
    expect(String((open as Error).message)).toMatch(
      new RegExp(
        `^N2F unreachable since \\d\\d:\\d\\d:\\d\\d \\(5 connection failures in a row; last: .*ECONNREFUSED.*\\)` +
          `; calls fail at once until a trial call at \\d\\d:\\d\\d:\\d\\d\\. Fix: check that ${new URL(sim.origin).origin} answers`,
      ),
    );
  });

  it('lets one trial call through after halfOpenAfterMs, and closes when N2F is back', async () => {
    const sim = await simulator();
    const wire = recordingFetch();
    const n2f = clientOf(sim, {
      fetch: wire.fetch,
      breaker: { threshold: 2, halfOpenAfterMs: 300 },
    });
    await n2f.listRoles();
    const restart = await takeDown(sim);
    expect(await outcome(n2f.listRoles())).toSatisfy(isCircuitOpenError);
    const back = await restart();
    const sent = wire.urls.length;
    expect(await outcome(n2f.listRoles())).toSatisfy(isCircuitOpenError);
    expect(wire.urls).toHaveLength(sent);
    await wait(300); // the half-open delay is what is under test
    const answers = await Promise.all([n2f.listRoles(), n2f.listRoles(), n2f.listRoles()]);
    expect(answers.map((roles) => roles.length)).toEqual([3, 3, 3]);
    // The restarted N2F forgot the token: each call gets one 401, a new token, then its answer.
    expect(back.requests().filter((r) => r.path === '/roles' && r.status === 200)).toHaveLength(3);
  });

  it('a failed trial call opens the circuit again after a single attempt on the wire', async () => {
    const sim = await simulator();
    const wire = recordingFetch();
    const n2f = clientOf(sim, {
      fetch: wire.fetch,
      breaker: { threshold: 2, halfOpenAfterMs: 200 },
    });
    await n2f.listRoles();
    await takeDown(sim);
    expect(await outcome(n2f.listRoles())).toSatisfy(isCircuitOpenError);
    const sent = wire.urls.length;
    await wait(200);
    expect(await outcome(n2f.listRoles())).toSatisfy(isCircuitOpenError);
    expect(wire.urls.length - sent).toBe(1);
  });

  it('counts dropped connections and answers slower than the timeout, but never 5xx answers', async () => {
    const sim = await simulator({ faults: { next: [{ count: 3, path: '/roles', drop: true }] } });
    const n2f = clientOf(sim, { breaker: { threshold: 3 } });
    expect(await outcome(n2f.listRoles())).toSatisfy(isCircuitOpenError);

    const slow = await simulator({ faults: { latencyMs: 400 } });
    const policy = apiPolicy({ maxAttempts: 4, initialDelayMs: 1, maxDelayMs: 5, timeoutMs: 50 });
    const timing = clientOf(slow, { policy, breaker: { threshold: 3 } });
    expect(await outcome(timing.listRoles())).toSatisfy(isCircuitOpenError);

    const failing = await simulator({
      faults: { next: [{ count: 40, path: '/roles', status: 503 }] },
    });
    const answering = clientOf(failing, { breaker: { threshold: 2 } });
    for (let i = 0; i < 3; i += 1)
      expect(await outcome(answering.listRoles())).toSatisfy(isApiError);
    expect(failing.requests().filter((r) => r.path === '/roles')).toHaveLength(12);
  });

  it('with the default policy and breaker, 20 calls against a dead N2F end well within 60 s', async () => {
    const sim = await simulator();
    const n2f = clientOf(sim, { policy: apiPolicy() });
    await n2f.listRoles();
    await takeDown(sim);
    const started = performance.now();
    const errors: unknown[] = [];
    for (let i = 0; i < 20; i += 1)
      errors.push(await outcome(n2f.deleteUser(`u${i}@iris.example`)));
    const seconds = (performance.now() - started) / 1000;
    expect(errors.filter(isCircuitOpenError)).toHaveLength(19);
    // 4 refused attempts with 1 + 2 + 4 s between them, a 5th opens the circuit: about 8 s.
    expect(seconds).toBeLessThan(15);
  }, 30_000);
});
