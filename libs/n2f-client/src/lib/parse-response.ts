import { ValidationError } from '@n2f/resilience';
import * as v from 'valibot';
import { describeIssue } from './issues.js';

const FIX = 'check the base URL and that the N2F API still answers as documented in n2f-api.md';

/** Parses a response body as JSON, or `undefined` when it is empty or not JSON. */
export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Validates a 2xx response body against its schema. A body that is not JSON or has the wrong
 * shape is a `ValidationError` (`RESPONSE_INVALID`) naming the endpoint and the offending path.
 * With `secret` (the auth answer), the offending value is left out of the error.
 */
export function parseResponse<T>(
  schema: v.GenericSchema<unknown, T>,
  text: string,
  endpoint: string,
  secret = false,
): T {
  const body = parseJsonText(text);
  if (body === undefined) {
    const problem = text.trim() === '' ? 'is empty' : 'is not JSON';
    throw invalid(endpoint, '(body)', problem, secret ? undefined : text.slice(0, 80));
  }
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const { path, problem, value } = describeIssue(issue);
  if (secret)
    throw invalid(endpoint, path, `expected ${issue.expected ?? 'another value'}`, undefined);
  throw invalid(endpoint, path, problem, value);
}

function invalid(
  endpoint: string,
  field: string,
  problem: string,
  value: unknown,
): ValidationError {
  return new ValidationError(
    problem,
    { entity: endpoint, field, ...(value === undefined ? {} : { value }), fix: FIX },
    { code: 'RESPONSE_INVALID' },
  );
}
