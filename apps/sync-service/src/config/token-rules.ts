import type { ConfigProblem } from './problems.js';
import type { Secret } from './secrets.js';

/** Shortest bearer token accepted outside demo mode. */
const MIN_TOKEN_LENGTH = 16;

const TOKEN_FIX = `export SYNC_SERVICE_TOKEN (or SYNC_SERVICE_TOKEN_FILE) with ${MIN_TOKEN_LENGTH}+ random characters, e.g. from "openssl rand -hex 24"`;

/** Whether `host` (a host name, an address, or a URL's bracketed IPv6 host) is this machine only. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Why the service must not listen with this token and host, or `undefined`: without a token every
 * route is open, which only this machine may be.
 */
export function unsafeListenProblem(
  host: string,
  token: Secret | undefined,
): ConfigProblem | undefined {
  if (token !== undefined || isLoopbackHost(host)) return undefined;
  return {
    key: 'SYNC_SERVICE_TOKEN',
    problem: `is not set while SYNC_SERVICE_HOST=${host} is not a loopback address: the run history, the reports (e-mail addresses) and POST /runs would be open to the network`,
    fix: `${TOKEN_FIX}, or listen on 127.0.0.1 (unset SYNC_SERVICE_HOST)`,
  };
}

/** The token's problems: too short outside demo mode, or missing on a non-loopback host. */
export function tokenProblems(
  token: Secret | undefined,
  host: string,
  demo: boolean,
): ConfigProblem[] {
  const unsafe = unsafeListenProblem(host, token);
  if (unsafe) return [unsafe];
  if (token !== undefined && !demo && token.reveal().length < MIN_TOKEN_LENGTH)
    return [
      {
        key: 'SYNC_SERVICE_TOKEN',
        problem: `is shorter than ${MIN_TOKEN_LENGTH} characters`,
        fix: TOKEN_FIX,
      },
    ];
  return [];
}
