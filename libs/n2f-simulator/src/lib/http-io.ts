import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FieldError } from './types.js';

/** An answer ready to send: status, body text and extra headers. */
export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** @default 'application/json; charset=utf-8' */
  readonly contentType?: string;
}

/** Whether a handler step produced a reply (rather than a value to go on with). */
export function isReply(value: object): value is Reply {
  return 'status' in value && 'body' in value;
}

/** A JSON answer. */
export function json(
  status: number,
  value: unknown,
  headers?: Readonly<Record<string, string>>,
): Reply {
  const body = JSON.stringify(value);
  return headers ? { status, body, headers } : { status, body };
}

/** N2F's error form: `{ message, errors: [{ field, message }] }`. */
export function failure(
  status: number,
  message: string,
  errors: readonly FieldError[] = [],
  headers?: Readonly<Record<string, string>>,
): Reply {
  return json(status, { message, errors }, headers);
}

/** Writes a reply with its length (the body is encoded once, for both). */
export function send(res: ServerResponse, reply: Reply): void {
  const body = Buffer.from(reply.body);
  res.writeHead(reply.status, {
    'content-type': reply.contentType ?? 'application/json; charset=utf-8',
    'content-length': body.length,
    ...reply.headers,
  });
  res.end(body);
}

const MAX_BODY_BYTES = 1 << 20;

/** Reads a JSON body; an empty, oversized or malformed body is a 400/413 reply. */
export async function readJson(req: IncomingMessage): Promise<{ value: unknown } | Reply> {
  const chunks: Buffer[] = [];
  let size = 0;
  // An oversized body is still read to its end, so the keep-alive connection stays usable.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) return failure(413, `request body over ${MAX_BODY_BYTES} bytes`);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return failure(400, 'request body must be JSON, got nothing');
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return failure(400, 'request body is not valid JSON');
  }
}
