import { ApiError, AuthenticationError, RateLimitError, redactText } from '@n2f/resilience';
import * as v from 'valibot';
import { parseJsonText } from './parse-response.js';
import { errorEnvelope } from './response-schemas.js';

/** Wait used when a 429 carries no readable `Retry-After`. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

/** A non-2xx answer, as read off the wire. */
export interface ErrorAnswer {
  readonly method: string;
  /** Path and query of the call (never the host's credentials, never a token). */
  readonly url: string;
  readonly status: number;
  readonly text: string;
  readonly retryAfter: string | null;
  /** The call was `POST /auth`. */
  readonly isAuth: boolean;
  /** Base URL, named in the credentials hint. */
  readonly baseUrl: string;
}

/** Turns a non-2xx answer into the error of the family that says who is at fault and what to do. */
export function errorFromAnswer(answer: ErrorAnswer, now: number): ApiError {
  const apiMessage = readApiMessage(answer.text);
  const details = {
    status: answer.status,
    method: answer.method,
    url: answer.url,
    ...(apiMessage === undefined ? {} : { apiMessage }),
    ...(answer.text.trim() === '' ? {} : { bodyExcerpt: redactText(answer.text.slice(0, 200)) }),
  };
  const call = `${answer.status} on ${answer.method} ${answer.url}`;
  const said = apiMessage === undefined ? '' : `: ${apiMessage}`;
  if (answer.status === 401 && answer.isAuth) {
    const hint = `Check N2F_CLIENT_ID and N2F_CLIENT_SECRET, and that the base URL ${answer.baseUrl} is the right one (sandbox vs production).`;
    return new AuthenticationError(
      `N2F refused the API credentials (${call})${said}. ${hint}`,
      details,
    );
  }
  if (answer.status === 401) {
    return new AuthenticationError(`N2F rejected the access token (${call})${said}.`, details);
  }
  if (answer.status === 429) {
    const retryAfterMs = parseRetryAfter(answer.retryAfter, now) ?? DEFAULT_RETRY_AFTER_MS;
    const wait = `retry after ${retryAfterMs} ms`;
    return new RateLimitError(`N2F quota exceeded (${call})${said}; ${wait}.`, {
      ...details,
      retryAfterMs,
    });
  }
  return new ApiError(`N2F answered ${call}${said || ' with no readable message'}.`, details);
}

/** N2F's `message` and `errors[]` joined in one line, or `undefined` for an empty or foreign body. */
export function readApiMessage(text: string): string | undefined {
  const parsed = v.safeParse(errorEnvelope, parseJsonText(text));
  if (!parsed.success) return undefined;
  const parts = [parsed.output.message ?? ''];
  for (const item of parsed.output.errors ?? []) {
    const message = typeof item.message === 'string' ? item.message : '';
    const field = typeof item.field === 'string' && item.field !== '' ? `${item.field}: ` : '';
    parts.push(`${field}${message}`);
  }
  const joined = parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('; ');
  return joined === '' ? undefined : joined;
}

/** `Retry-After` in ms: delta seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds * 1000));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
