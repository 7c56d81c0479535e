import { createN2fClient, type N2fBreakerOptions, type N2fClient } from '@n2f/n2f-client';
import type { QuotaLimiterOptions } from '@n2f/resilience';
import type { AppConfig } from '../config/load.js';
import type { BreakerConfig, ConfigFile } from '../config/types.js';
import { requireSecret } from './require-secret.js';

/** The N2F client of a run: base URL, credentials from env, quota windows, timeout and breaker from the config. */
export function clientFromConfig(config: AppConfig): N2fClient {
  return createN2fClient({
    baseUrl: config.baseUrl,
    credentials: {
      clientId: requireSecret(config, 'N2F_CLIENT_ID').reveal(),
      clientSecret: requireSecret(config, 'N2F_CLIENT_SECRET').reveal(),
    },
    quota: quotaFromConfig(config.file.n2f.quotas),
    ...(config.file.n2f.timeout === undefined ? {} : { timeoutMs: config.file.n2f.timeout * 1_000 }),
    breaker: breakerFromConfig(config.file.n2f.breaker),
  });
}

/** `n2f.breaker` as client options (`halfOpenAfter` is in seconds); absent keys keep the client's defaults. */
export function breakerFromConfig(breaker: BreakerConfig | undefined): N2fBreakerOptions {
  const options: N2fBreakerOptions = {};
  if (breaker?.threshold !== undefined) options.threshold = breaker.threshold;
  if (breaker?.halfOpenAfter !== undefined) options.halfOpenAfterMs = breaker.halfOpenAfter * 1_000;
  return options;
}

/** `n2f.quotas` as limiter options: `"off"` sends without waiting (usage still counts). */
export function quotaFromConfig(quotas: ConfigFile['n2f']['quotas']): QuotaLimiterOptions | false {
  if (quotas === 'off') return false;
  const options: QuotaLimiterOptions = {};
  if (quotas?.day !== undefined) options.day = quotas.day;
  if (quotas?.night !== undefined) options.night = quotas.night;
  if (quotas?.dayStart !== undefined) options.dayStart = quotas.dayStart;
  if (quotas?.nightStart !== undefined) options.nightStart = quotas.nightStart;
  if (quotas?.timeZone !== undefined) options.timeZone = quotas.timeZone;
  return options;
}
