import type { QuotaBucket, QuotaUsage } from '@n2f/resilience';
import { authFetcher } from './auth.js';
import { createCallCounter, type N2fCallCounts } from './call-counts.js';
import { createCallPipeline } from './call-pipeline.js';
import { resolveN2fClientOptions, type N2fClientOptions } from './client-options.js';
import { collectPages, iteratePages, type N2fList, type N2fListOptions } from './paging.js';
import {
  axeValuesEndpoint,
  companiesEndpoint,
  customAxesEndpoint,
  pagedSource,
  readRoles,
  type PagedEndpoint,
  readUserProfiles,
  usersEndpoint,
} from './read-endpoints.js';
import type {
  N2fAxeValue,
  N2fCompany,
  N2fCustomAxe,
  N2fRole,
  N2fUser,
  N2fUserProfile,
} from './records.js';
import { createTokenProvider, type TokenProvider } from './token-provider.js';
import { createTransport } from './transport.js';
import type { RouteParams } from './urls.js';
import {
  createWriteEndpoints,
  type N2fCallOptions,
  type WriteEndpoints,
} from './write-endpoints.js';

/** Quota usage and request counts of a client, for run reports. */
export interface N2fClientUsage {
  readonly quota: QuotaUsage;
  /** Requests sent per bucket (every attempt counts). */
  readonly calls: Readonly<Record<QuotaBucket, N2fCallCounts>>;
  /** Tokens fetched (`POST /auth` calls that were started). */
  readonly authentications: number;
}

/** The typed N2F API client: every list paged and validated, every call within quota and policy. */
export interface N2fClient extends WriteEndpoints {
  listCompanies(options?: N2fListOptions): Promise<N2fList<N2fCompany>>;
  iterateCompanies(options?: N2fListOptions): AsyncIterable<N2fCompany>;
  listRoles(options?: N2fCallOptions): Promise<readonly N2fRole[]>;
  listUserProfiles(options?: N2fCallOptions): Promise<readonly N2fUserProfile[]>;
  /** The custom axes of a company, all pages. */
  listCustomAxes(companyUuid: string, options?: N2fListOptions): Promise<N2fList<N2fCustomAxe>>;
  iterateCustomAxes(companyUuid: string, options?: N2fListOptions): AsyncIterable<N2fCustomAxe>;
  /** The values of an axe (`projects` or a custom-axe uuid) of a company. */
  listAxeValues(
    companyUuid: string,
    axeId: string,
    options?: N2fListOptions,
  ): Promise<N2fList<N2fAxeValue>>;
  iterateAxeValues(
    companyUuid: string,
    axeId: string,
    options?: N2fListOptions,
  ): AsyncIterable<N2fAxeValue>;
  listUsers(options?: N2fListOptions): Promise<N2fList<N2fUser>>;
  iterateUsers(options?: N2fListOptions): AsyncIterable<N2fUser>;
  /** Quota usage and request counts so far. */
  usage(): N2fClientUsage;
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
  let tokens: TokenProvider | undefined;
  const pipeline = createCallPipeline({ ...resolved, transport, tokens: () => provider() });
  const provider = (): TokenProvider =>
    (tokens ??= createTokenProvider({
      fetchToken: authFetcher(pipeline, resolved.credentials),
      marginMs: resolved.tokenRefreshMarginMs,
      now,
    }));
  const list = async <T>(
    endpoint: PagedEndpoint<T>,
    params: RouteParams,
    o?: N2fListOptions,
  ): Promise<N2fList<T>> => collectPages(pagedSource(pipeline, endpoint, params), o);
  async function* iterate<T>(
    endpoint: PagedEndpoint<T>,
    params: RouteParams,
    o?: N2fListOptions,
  ): AsyncGenerator<T> {
    yield* iteratePages(pagedSource(pipeline, endpoint, params), o);
  }

  return {
    ...createWriteEndpoints(pipeline),
    listCompanies: (o) => list(companiesEndpoint, {}, o),
    iterateCompanies: (o) => iterate(companiesEndpoint, {}, o),
    listRoles: (o) => readRoles(pipeline, o?.signal),
    listUserProfiles: (o) => readUserProfiles(pipeline, o?.signal),
    listCustomAxes: (companyUuid, o) => list(customAxesEndpoint, { companyUuid }, o),
    iterateCustomAxes: (companyUuid, o) => iterate(customAxesEndpoint, { companyUuid }, o),
    listAxeValues: (companyUuid, axeId, o) => list(axeValuesEndpoint, { companyUuid, axeId }, o),
    iterateAxeValues: (companyUuid, axeId, o) =>
      iterate(axeValuesEndpoint, { companyUuid, axeId }, o),
    listUsers: (o) => list(usersEndpoint, {}, o),
    iterateUsers: (o) => iterate(usersEndpoint, {}, o),
    usage: () => ({
      quota: resolved.limiter.usage(),
      calls: counter.snapshot(),
      authentications: tokens?.fetches ?? 0,
    }),
  };
}
