import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAbortedError, isConfigurationError, isTimeoutError } from './guards.js';
import { timeoutPolicy } from './timeout-policy.js';

const never = (): Promise<never> => new Promise<never>(() => undefined);

describe('timeoutPolicy', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rejects with TimeoutError when the time is up and aborts the signal it handed out', async () => {
    let handed: AbortSignal | undefined;
    const promise = timeoutPolicy(5_000, { name: 'n2f' }).execute(({ signal }) => {
      handed = signal;
      return never();
    });
    const outcome = expect(promise).rejects.toSatisfy(isTimeoutError);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(handed?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    await expect(promise).rejects.toMatchObject({ timeoutMs: 5_000, context: { policy: 'n2f' } });
    expect(handed?.aborted).toBe(true);
    expect(handed?.reason).toSatisfy(isTimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives TimeoutError, or AbortedError on a caller abort, even when the function rejects on abort as fetch does', async () => {
    const fetchLike = ({ signal }: { signal: AbortSignal }): Promise<never> =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const timedOut = expect(timeoutPolicy(1_000).execute(fetchLike)).rejects.toSatisfy(
      isTimeoutError,
    );
    await vi.advanceTimersByTimeAsync(1_000);
    await timedOut;
    const controller = new AbortController();
    const aborted = expect(
      timeoutPolicy(1_000).execute(fetchLike, controller.signal),
    ).rejects.toSatisfy(isAbortedError);
    controller.abort();
    await aborted;
  });

  it('returns a result in time and passes errors through', async () => {
    await expect(timeoutPolicy(1_000).execute(async () => 'ok')).resolves.toBe('ok');
    const bug = new TypeError('bug');
    await expect(timeoutPolicy(1_000).execute(() => Promise.reject(bug))).rejects.toBe(bug);
  });

  it('gives AbortedError, not TimeoutError, when the caller aborts', async () => {
    const controller = new AbortController();
    const promise = timeoutPolicy(10_000).execute(never, controller.signal);
    const outcome = expect(promise).rejects.toSatisfy(isAbortedError);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await outcome;
  });

  it('fails fast on a duration that is not positive', () => {
    expect(() => timeoutPolicy(0)).toThrow(expect.toSatisfy(isConfigurationError));
  });
});
