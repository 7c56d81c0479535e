import { apiPolicy, createQuotaLimiter, isConfigurationError } from '@n2f/resilience';
import { createManualClock } from '@n2f/resilience/testing';
import { describe, expect, it } from 'vitest';
import { resolveN2fClientOptions, type N2fClientOptions } from './client-options.js';
import { N2F_SANDBOX_URL } from './urls.js';

const credentials = { clientId: 'id', clientSecret: 'top-secret' };

function badKey(options: N2fClientOptions): string | undefined {
  try {
    resolveN2fClientOptions(options);
  } catch (error) {
    if (isConfigurationError(error)) return error.key;
    throw error;
  }
  return undefined;
}

describe('resolveN2fClientOptions', () => {
  it('applies the defaults: sandbox, 60 s margin, N2F quotas', () => {
    const resolved = resolveN2fClientOptions({ credentials });
    expect(resolved.baseUrl.href).toBe(N2F_SANDBOX_URL);
    expect(resolved.tokenRefreshMarginMs).toBe(60_000);
    expect(resolved.limiter.usage().write.limit).toBeGreaterThanOrEqual(10);
    expect(resolved.policy.name).toBe('api');
    expect(resolved.breaker?.name).toBe('n2f');
    expect(resolveN2fClientOptions({ credentials, breaker: false }).breaker).toBeUndefined();
  });

  it.each<[string, N2fClientOptions]>([
    ['credentials.clientId', { credentials: { clientId: ' ', clientSecret: 's' } }],
    [
      'credentials.clientSecret',
      { credentials: { clientId: 'id' } } as unknown as N2fClientOptions,
    ],
    ['baseUrl', { credentials, baseUrl: 'ftp://n2f.example/' }],
    ['baseUrl', { credentials, baseUrl: 'not a url' }],
    ['timeoutMs', { credentials, timeoutMs: 0 }],
    ['timeoutMs', { credentials, timeoutMs: 5_000, policy: apiPolicy() }],
    ['tokenRefreshMarginMs', { credentials, tokenRefreshMarginMs: -1 }],
    ['quotaMargin', { credentials, quotaMargin: 2 }],
    ['threshold', { credentials, breaker: { threshold: 0 } }],
    ['halfOpenAfterMs', { credentials, breaker: { halfOpenAfterMs: -1 } }],
  ])('fails fast naming %s', (key, options) => {
    expect(badKey(options)).toBe(key);
  });

  it('never puts the secret in a configuration error', () => {
    try {
      resolveN2fClientOptions({ credentials, baseUrl: 'ftp://x' });
    } catch (error) {
      expect(JSON.stringify(error) + String(error)).not.toContain('top-secret');
    }
  });

  it('uses a given limiter as is, and widens the window of one it creates by the margin', async () => {
    const limiter = createQuotaLimiter();
    expect(resolveN2fClientOptions({ credentials, quota: limiter }).limiter).toBe(limiter);
    const clock = createManualClock(0);
    const budget = { reads: 1, writes: 1 };
    const created = resolveN2fClientOptions({
      credentials,
      clock,
      quota: { day: budget, night: budget, windowMs: 1_000 },
      quotaMargin: 0.1,
    }).limiter;
    await created.acquire('write');
    let second = false;
    void created.acquire('write').then(() => (second = true));
    await clock.advance(1_050);
    expect(second).toBe(false);
    await clock.advance(50);
    expect(second).toBe(true);
  });

  it('counts usage even with quotas off', async () => {
    const { limiter } = resolveN2fClientOptions({ credentials, quota: false });
    await limiter.acquire('read');
    await limiter.acquire('read');
    expect(limiter.usage().read.total).toBe(2);
  });
});
