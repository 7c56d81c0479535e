import type * as v from 'valibot';
import type { CallPipeline } from './call-pipeline.js';
import type { PagedSource } from './paging.js';
import { parseResponse } from './parse-response.js';
import type { N2fAxeValue, N2fCompany, N2fCustomAxe, N2fUser } from './records.js';
import {
  axeValueSchema,
  companySchema,
  customAxeSchema,
  pageEnvelope,
  userSchema,
} from './response-schemas.js';
import { callPath, type HttpCall } from './transport.js';
import type { RouteParams } from './urls.js';

/** A paged list endpoint: its route, the envelope of a page and the key of an item. */
export interface PagedEndpoint<T> {
  readonly route: string;
  readonly envelope: v.GenericSchema<unknown, { response: { data: T[] } }>;
  readonly keyOf: (item: T) => string;
}

/** `GET /companies`, keyed by uuid. */
export const companiesEndpoint: PagedEndpoint<N2fCompany> = {
  route: '/companies',
  envelope: pageEnvelope(companySchema),
  keyOf: (company) => company.uuid,
};
/** `GET /users`, keyed by the mail trimmed and lower-cased (the key of the users scope). */
export const usersEndpoint: PagedEndpoint<N2fUser> = {
  route: '/users',
  envelope: pageEnvelope(userSchema),
  keyOf: (user) => user.mail.trim().toLowerCase(),
};
/** `GET /companies/{companyUuid}/axes`, keyed by uuid. */
export const customAxesEndpoint: PagedEndpoint<N2fCustomAxe> = {
  route: '/companies/{companyUuid}/axes',
  envelope: pageEnvelope(customAxeSchema),
  keyOf: (axe) => axe.uuid,
};
/** `GET /companies/{companyUuid}/axes/{axeId}`, keyed by code. */
export const axeValuesEndpoint: PagedEndpoint<N2fAxeValue> = {
  route: '/companies/{companyUuid}/axes/{axeId}',
  envelope: pageEnvelope(axeValueSchema),
  keyOf: (value) => value.code,
};

/** The paged source of one endpoint; parameters are checked at once, not at the first page. */
export function pagedSource<T>(
  pipeline: CallPipeline,
  endpoint: PagedEndpoint<T>,
  params: RouteParams = {},
): PagedSource<T> {
  const base: HttpCall = { method: 'GET', route: endpoint.route, params, bucket: 'read' };
  return {
    endpoint: `GET ${callPath(base)}`,
    keyOf: endpoint.keyOf,
    async fetchPage(start, limit, signal) {
      const call: HttpCall = { ...base, query: { start, limit } };
      const answer = await pipeline.authenticated(call, signal);
      return parseResponse(endpoint.envelope, answer.text, `GET ${callPath(call)}`).response.data;
    },
  };
}
