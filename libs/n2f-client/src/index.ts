export { createN2fClient } from './lib/client.js';
export { N2F_REQUEST_CHANNEL } from './lib/request-channel.js';
export { N2F_PRODUCTION_URL, N2F_SANDBOX_URL } from './lib/urls.js';
export { PAGE_SIZE } from './lib/paging.js';

export type { N2fCallCounts } from './lib/call-counts.js';
export type { N2fClient, N2fClientUsage } from './lib/client.js';
export type { N2fBreakerOptions, N2fClientOptions, N2fCredentials } from './lib/client-options.js';
export type { N2fDuplicate, N2fList, N2fListOptions } from './lib/paging.js';
export type { N2fAxeValuePayload, N2fUserPayload } from './lib/payloads.js';
export type {
  N2fAxeValue,
  N2fBoolean,
  N2fCompany,
  N2fCustomAxe,
  N2fLabelled,
  N2fName,
  N2fRole,
  N2fUser,
  N2fUserProfile,
} from './lib/records.js';
export type { N2fRequestEvent } from './lib/request-channel.js';
export type { N2fCallOptions, N2fWriteResult } from './lib/write-endpoints.js';
