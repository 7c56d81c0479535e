import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, type Scheduler } from './scheduler.js';

const schedulers: Scheduler[] = [];
afterEach(() => {
  for (const scheduler of schedulers.splice(0)) scheduler.stop();
});

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('createScheduler', () => {
  it('fires on the expression only once started, and no more once stopped', async () => {
    let fired = 0;
    const scheduler = createScheduler('* * * * * *', () => void fired++); // every second
    schedulers.push(scheduler);
    await wait(1_500);
    expect(fired).toBe(0);
    scheduler.start();
    await expect.poll(() => fired, { timeout: 5_000 }).toBeGreaterThan(0);
    scheduler.stop();
    const after = fired;
    await wait(1_500);
    expect(fired).toBe(after);
    expect(scheduler.nextRunAt()).toBeNull();
  });

  it('tells the next run in Europe/Paris time', () => {
    const scheduler = createScheduler('15 20 * * *', () => undefined);
    schedulers.push(scheduler);
    const next = scheduler.nextRunAt();
    expect(next).toBeInstanceOf(Date);
    const paris = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(paris.format(next ?? undefined)).toBe('20:15');
    expect((next?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(25 * 3_600_000);
  });

  it('schedules nothing for a null expression', () => {
    const scheduler = createScheduler(null, () => undefined);
    scheduler.start();
    expect(scheduler.nextRunAt()).toBeNull();
  });
});
