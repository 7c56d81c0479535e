import type { ServerResponse } from 'node:http';

/** Headers every answer carries: no sniffing, no referrer, no framing. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Sends a JSON body with `status`; `headers` are added (e.g. `www-authenticate`). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Sends a JSON problem `{ error, message }`, the shape of every 4xx/5xx of the service. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: string,
  message: string,
  extra: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJson(res, status, { error, message, ...extra }, headers);
}

/** Sends text with its content type. */
export function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  text: string | Buffer,
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-cache',
  });
  res.end(text);
}
