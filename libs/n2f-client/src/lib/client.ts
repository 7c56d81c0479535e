import type { QuotaBucket, QuotaDescription, QuotaUsage } from '@n2f/resilience';
import { authFetcher } from './auth.js';
import { createCallCounter, type N2fCallCounts } from './call-counts.js';
import { createCallPipeline } from './call-pipeline.js';
import { resolveN2fClientOptions, type N2fClientOptions } from './client-options.js';
import { createReadEndpoints, type ReadEndpoints } from './read-endpoints.js';
import { createTokenProvider } from './token-provider.js';
import { createTransport } from './transport.js';
import { createWriteEndpoints, type WriteEndpoints } from './write-endpoints.js';

/** Quota usage and request counts of a client, for run reports. */
export interface N2fClientUsage {
  readonly quota: QuotaUsage;
  /** Requests sent per bucket (every attempt counts). */
  readonly calls: Readonly<Record<QuotaBucket, N2fCallCounts>>;
  /** Tokens fetched (`POST /auth` calls that were started). */
  readonly authentications: number;
}

/** The typed N2F API client: every list paged and validated, every call within quota and policy. */
export interface N2fClient extends ReadEndpoints, WriteEndpoints {
  /** Quota usage and request counts so far. */
  usage(): N2fClientUsage;
  /** The quotas the client keeps to (its limiter's), for time estimates. */
  readonly quotas: QuotaDescription;
}

/**
 * Creates an N2F client. The token is fetched on the first call and shared; quotas, retries and
 * timeouts apply to every request.
 * @example
 * const n2f = createN2fClient({ baseUrl: N2F_SANDBOX_URL, credentials: { clientId, clientSecret } });
 * const { items: users, duplicates } = await n2f.listUsers({ signal });
 */
export function createN2fClient(options: N2fClientOptions): N2fClient {
  const resolved = resolveN2fClientOptions(options);
  const counter = createCallCounter();
  const now = (): number => resolved.clock.now();
  const transport = createTransport({
    baseUrl: resolved.baseUrl,
    fetch: resolved.fetch,
    counter,
    now,
  });
  // The pipeline asks for the provider at call time; the provider fetches tokens through it.
  const pipeline = createCallPipeline({ ...resolved, transport, tokens: () => tokens });
  const tokens = createTokenProvider({
    fetchToken: authFetcher(pipeline, resolved.credentials),
    marginMs: resolved.tokenRefreshMarginMs,
    now,
  });
  return {
    ...createReadEndpoints(pipeline),
    ...createWriteEndpoints(pipeline),
    usage: () => ({
      quota: resolved.limiter.usage(),
      calls: counter.snapshot(),
      authentications: tokens.fetches,
    }),
    quotas: resolved.limiter.quotas,
  };
}
