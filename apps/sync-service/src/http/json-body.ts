import type { IncomingMessage } from 'node:http';

/** The request body is not usable JSON; the route answers 400, 413 (too large) or 415 (not JSON). */
export class BadBodyError extends Error {
  readonly status: 400 | 413 | 415;
  constructor(message: string, status: 400 | 413 | 415 = 400) {
    super(message);
    this.name = 'BadBodyError';
    this.status = status;
  }
}

/**
 * Reads a JSON body of at most `maxBytes`; an empty body is `{}`. A body must say it is JSON: a
 * form of another site can post text, but not `application/json` without the CORS preflight this
 * service never grants.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes = 16_384): Promise<unknown> {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    throw new BadBodyError('send the body as "content-type: application/json"', 415);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BadBodyError(`the body is larger than ${maxBytes} bytes`, 413);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadBodyError('the body is not valid JSON');
  }
}
