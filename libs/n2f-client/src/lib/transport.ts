import { AbortedError, NetworkError, isSyncError, type QuotaBucket } from '@n2f/resilience';
import ky, { type KyInstance } from 'ky';
import type { CallCounter } from './call-counts.js';
import { errorFromAnswer } from './http-errors.js';
import { publishRequest, type N2fRequestEvent } from './request-channel.js';
import { renderRoute, type RouteParams } from './urls.js';

/** One N2F endpoint call, described by its route template so it can be reported as such. */
export interface HttpCall {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Route template, e.g. `/users/{mail}`. */
  readonly route: string;
  readonly params?: RouteParams;
  readonly query?: Readonly<Record<string, number>>;
  /** Plain JSON body, already validated. */
  readonly body?: Readonly<Record<string, unknown>>;
  readonly bucket: QuotaBucket;
}

/** A 2xx answer: its status and raw body text (parsing is the caller's business). */
export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
}

/** One attempt of a call: its token, its number, and the signals that may end it. */
export interface Attempt {
  readonly token: string | undefined;
  /** 1-based. */
  readonly attempt: number;
  /** The attempt's signal (aborted by the caller or by the policy's timeout). */
  readonly signal: AbortSignal;
  /** The caller's own signal, to tell an abort from a timeout. */
  readonly callerSignal: AbortSignal | undefined;
}

/** Sends single HTTP requests: no retry, no quota; maps failures to the error family. */
export interface Transport {
  send(call: HttpCall, attempt: Attempt): Promise<HttpAnswer>;
}

/** What the transport needs: where, how and what to count. */
export interface TransportOptions {
  readonly baseUrl: URL;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly counter: CallCounter;
  readonly now: () => number;
}

/** Path and query of a call as shown in errors, e.g. `/users?start=0&limit=200`. */
export function callPath(call: HttpCall): string {
  const query = Object.entries(call.query ?? {}).map(([key, n]) => `${key}=${n}`);
  return `/${renderRoute(call.route, call.params)}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** Creates the ky-based transport (ky with `retry: 0`, no ky timeout, no thrown HTTP errors). */
export function createTransport(options: TransportOptions): Transport {
  const api: KyInstance = ky.create({
    baseUrl: options.baseUrl,
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    async send(call, { token, attempt, signal, callerSignal }) {
      const started = performance.now();
      const report = (status: number | undefined, errorCode?: string): void => {
        options.counter.record(call.bucket, status);
        publishRequest(() => requestEvent(call, attempt, started, status, errorCode));
      };
      try {
        const answer = await exchange(api, options, call, token, signal);
        report(answer.status);
        return answer;
      } catch (error) {
        const status = isSyncError(error) ? error.context['status'] : undefined;
        // The policy aborts an attempt only when it times out; it reports the TimeoutError.
        const timedOut = signal.aborted && !callerSignal?.aborted;
        const code = timedOut ? 'TIMEOUT' : isSyncError(error) ? error.code : 'UNKNOWN';
        report(typeof status === 'number' ? status : undefined, code);
        throw error;
      }
    },
  };
}

/** One HTTP exchange: a 2xx answer, or the error of the family for anything else. */
async function exchange(
  api: KyInstance,
  options: TransportOptions,
  call: HttpCall,
  token: string | undefined,
  signal: AbortSignal,
): Promise<HttpAnswer> {
  try {
    const response = await api(renderRoute(call.route, call.params), {
      method: call.method,
      ...(call.query ? { searchParams: { ...call.query } } : {}),
      ...(call.body ? { json: call.body } : {}),
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
      signal,
    });
    const text = await response.text();
    if (response.ok) return { status: response.status, text };
    const retryAfter = response.headers.get('retry-after');
    const details = { method: call.method, url: callPath(call), isAuth: call.route === '/auth' };
    const answer = { status: response.status, text, retryAfter, baseUrl: options.baseUrl.href };
    throw errorFromAnswer({ ...details, ...answer }, options.now());
  } catch (error) {
    if (isSyncError(error)) throw error;
    throw transportError(error, signal, `${call.method} ${callPath(call)}`);
  }
}

function requestEvent(
  call: HttpCall,
  attempt: number,
  started: number,
  status: number | undefined,
  errorCode: string | undefined,
): N2fRequestEvent {
  return {
    method: call.method,
    route: call.route,
    ...(status === undefined ? {} : { status }),
    durationMs: performance.now() - started,
    attempt,
    bucket: call.bucket,
    outcome: errorCode === undefined ? 'ok' : 'error',
    ...(errorCode === undefined ? {} : { errorCode }),
  };
}

/** Abort (ours or a policy's) keeps its reason; anything else before an answer is a network failure. */
function transportError(error: unknown, signal: AbortSignal, call: string): Error {
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return isSyncError(reason)
      ? reason
      : new AbortedError(`${call} was aborted.`, { cause: error });
  }
  return new NetworkError(`${call} failed before N2F answered: ${rootMessage(error)}.`, {
    cause: error,
  });
}

function rootMessage(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  if (!(current instanceof Error)) return String(current);
  const code = (current as { code?: unknown }).code;
  return typeof code === 'string' ? `${current.message} (${code})` : current.message;
}
