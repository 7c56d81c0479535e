import type { ApiRoute } from './api-context.js';
import { issueToken } from './auth.js';
import { deleteAxeValue, listAxeValues, upsertAxeValue } from './axe-handlers.js';
import { listCompanies, listCustomAxes, listProfiles, listRoles } from './reference-handlers.js';
import { deleteUser, listUsers, upsertUser } from './user-handlers.js';

/** The N2F API v2 as the simulator serves it, under `/services/api/v2`. */
export const API_ROUTES: readonly ApiRoute[] = [
  { method: 'POST', path: ['auth'], auth: 'credentials', handle: issueToken },
  { method: 'GET', path: ['companies'], auth: 'token', handle: listCompanies },
  { method: 'GET', path: ['roles'], auth: 'token', handle: listRoles },
  { method: 'GET', path: ['userprofiles'], auth: 'token', handle: listProfiles },
  { method: 'GET', path: ['users'], auth: 'token', handle: listUsers },
  { method: 'POST', path: ['users'], auth: 'token', handle: upsertUser },
  { method: 'DELETE', path: ['users', '*'], auth: 'token', handle: deleteUser },
  { method: 'GET', path: ['companies', '*', 'axes'], auth: 'token', handle: listCustomAxes },
  { method: 'GET', path: ['companies', '*', 'axes', '*'], auth: 'token', handle: listAxeValues },
  { method: 'POST', path: ['companies', '*', 'axes', '*'], auth: 'token', handle: upsertAxeValue },
  {
    method: 'DELETE',
    path: ['companies', '*', 'axes', '*', '*'],
    auth: 'token',
    handle: deleteAxeValue,
  },
];

/** The route for a request and its path parameters; `allowed` lists the methods of a known path. */
export type RouteMatch =
  { route: ApiRoute; params: string[] } | { route: undefined; allowed: string[] };

const fits = (pattern: readonly string[], segments: readonly string[]): boolean =>
  pattern.length === segments.length &&
  pattern.every((part, i) => part === '*' || part === segments[i]);

/** Finds the route of `method` on the decoded path `segments`. */
export function matchRoute(method: string, segments: readonly string[]): RouteMatch {
  const onPath = API_ROUTES.filter((route) => fits(route.path, segments));
  const route = onPath.find((r) => r.method === method);
  if (!route) return { route: undefined, allowed: onPath.map((r) => r.method) };
  return { route, params: segments.filter((_, i) => route.path[i] === '*') };
}
