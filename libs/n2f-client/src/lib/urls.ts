import { ValidationError } from '@n2f/resilience';

/** Base URL of the N2F production API (v2). */
export const N2F_PRODUCTION_URL = 'https://www.n2f.com/services/api/v2/';
/** Base URL of the N2F sandbox API (v2). */
export const N2F_SANDBOX_URL = 'https://sandbox.n2f.com/services/api/v2/';

/** Path parameters of a route template such as `/companies/{companyUuid}/axes`. */
export type RouteParams = Readonly<Record<string, string>>;

/**
 * Returns the base URL with its path reduced to single slashes and exactly one trailing
 * slash, so `new URL(relative, base)` extends it instead of replacing its last segment.
 */
export function normalizeBaseUrl(base: string): URL {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '')}/`;
  url.search = '';
  url.hash = '';
  return url;
}

/**
 * Renders a route template into a relative path (no leading slash, so it extends the base):
 * every `{name}` is replaced by its URL-encoded parameter. An empty parameter is refused,
 * since it would produce `//` or hit another endpoint.
 */
export function renderRoute(route: string, params: RouteParams = {}): string {
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value.trim() === '') {
      throw new ValidationError('is empty', {
        entity: route,
        field: name,
        value,
        fix: `pass a non-empty ${name}`,
      });
    }
    return encodeURIComponent(value);
  });
  return path.replace(/^\/+/, '');
}
