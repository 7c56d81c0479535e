import { describe, expect, it } from 'vitest';
import { createEventLog } from './event-log.js';
import type { ServiceEvent } from './service-events.js';

const op = (done: number) =>
  ({
    type: 'operation',
    scope: 'users',
    action: 'create',
    key: `k${done}`,
    outcome: 'done',
    done,
    total: 9,
  }) as const;

describe('createEventLog', () => {
  it('numbers and stamps events, replays them after a sequence number and pushes the next ones', () => {
    const log = createEventLog('run-1', { now: () => new Date('2026-11-24T20:15:00Z') });
    log.append({ type: 'scope-started', scope: 'users' });
    log.append(op(1));
    const heard: ServiceEvent[] = [];
    let ended = 0;
    const subscription = log.subscribe({ event: (e) => heard.push(e), end: () => ended++ });
    log.append(op(2));
    expect(log.since(-1).map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(log.since(1)).toEqual(heard);
    expect(heard).toEqual([{ ...op(2), runId: 'run-1', seq: 2, at: '2026-11-24T20:15:00.000Z' }]);
    subscription.dispose();
    log.append(op(3));
    expect(heard).toHaveLength(1);
    log.end();
    log.end();
    expect(ended).toBe(0);
    expect(log.ended).toBe(true);
  });

  it('ends subscribers when the run ends, and at once for a subscriber that comes after', () => {
    const log = createEventLog('run-2');
    let ended = 0;
    log.subscribe({ event: () => undefined, end: () => ended++ });
    log.end();
    log.subscribe({ event: () => undefined, end: () => ended++ });
    expect(ended).toBe(2);
  });

  it('drops the oldest operation events first past its bound', () => {
    const log = createEventLog('run-3', { maxEvents: 3 });
    log.append({ type: 'scope-started', scope: 'users' });
    for (const done of [1, 2, 3, 4]) log.append(op(done));
    expect(log.since(-1).map((e) => (e.type === 'operation' ? e.done : e.type))).toEqual([
      'scope-started',
      3,
      4,
    ]);
  });
});
