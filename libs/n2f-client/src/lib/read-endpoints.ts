import type * as v from 'valibot';
import type { CallPipeline } from './call-pipeline.js';
import {
  axeValuesEndpoint,
  companiesEndpoint,
  customAxesEndpoint,
  pagedSource,
  usersEndpoint,
  type PagedEndpoint,
} from './paged-endpoints.js';
import { collectPages, iteratePages, type N2fList, type N2fListOptions } from './paging.js';
import { parseResponse } from './parse-response.js';
import type {
  N2fAxeValue,
  N2fCompany,
  N2fCustomAxe,
  N2fRole,
  N2fUser,
  N2fUserProfile,
} from './records.js';
import { listEnvelope, roleSchema, userProfileSchema } from './response-schemas.js';
import type { HttpCall } from './transport.js';
import type { RouteParams } from './urls.js';
import type { N2fCallOptions } from './write-endpoints.js';

/** The N2F reads: each paged list collected (`list…`) or iterated lazily (`iterate…`). */
export interface ReadEndpoints {
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
}

const rolesEnvelope = listEnvelope(roleSchema);
const profilesEnvelope = listEnvelope(userProfileSchema);

/** Creates the reads over a pipeline; path parameters are checked when the list is started. */
export function createReadEndpoints(pipeline: CallPipeline): ReadEndpoints {
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
  // Roles and profiles come whole, as a bare list.
  const bare = async <T>(
    route: string,
    envelope: v.GenericSchema<unknown, { response: T[] }>,
    o?: N2fCallOptions,
  ): Promise<readonly T[]> => {
    const call: HttpCall = { method: 'GET', route, bucket: 'read' };
    const answer = await pipeline.authenticated(call, o?.signal);
    return parseResponse(envelope, answer.text, `GET ${route}`).response;
  };
  return {
    listCompanies: (o) => list(companiesEndpoint, {}, o),
    iterateCompanies: (o) => iterate(companiesEndpoint, {}, o),
    listRoles: (o) => bare('/roles', rolesEnvelope, o),
    listUserProfiles: (o) => bare('/userprofiles', profilesEnvelope, o),
    listCustomAxes: (companyUuid, o) => list(customAxesEndpoint, { companyUuid }, o),
    iterateCustomAxes: (companyUuid, o) => iterate(customAxesEndpoint, { companyUuid }, o),
    listAxeValues: (companyUuid, axeId, o) => list(axeValuesEndpoint, { companyUuid, axeId }, o),
    iterateAxeValues: (companyUuid, axeId, o) =>
      iterate(axeValuesEndpoint, { companyUuid, axeId }, o),
    listUsers: (o) => list(usersEndpoint, {}, o),
    iterateUsers: (o) => iterate(usersEndpoint, {}, o),
  };
}
