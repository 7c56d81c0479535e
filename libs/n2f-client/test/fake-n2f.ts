import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** How the fake answers one request: status, raw body and headers. */
export interface FakeAnswer {
  readonly status?: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request the fake received. */
export interface FakeRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: string;
}

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A valid auth answer: a token valid for an hour, written the way N2F writes it. */
export function authAnswer(token = 'fake-token', validity?: string): FakeAnswer {
  const until = validity ?? new Date(Date.now() + 3_600_000).toISOString().replace('Z', '1234Z');
  return { body: JSON.stringify({ response: { token, validity: until } }) };
}

/**
 * A tiny N2F stand-in on port 0 for the shapes the simulator cannot produce: `answer` decides
 * each reply; `/auth` gets a valid token unless `answer` says otherwise. Closed after the test.
 */
export async function fakeN2f(
  answer: (request: FakeRequest) => FakeAnswer | undefined,
): Promise<{ url: string; requests: FakeRequest[] }> {
  const requests: FakeRequest[] = [];
  const server = createServer((req, res) => void reply(req, res));
  const reply = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const request = {
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      body,
    };
    requests.push(request);
    const out = answer(request) ?? (request.url.endsWith('/auth') ? authAnswer() : { status: 404 });
    res.writeHead(out.status ?? 200, { 'content-type': 'application/json', ...out.headers });
    res.end(out.body ?? '');
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/services/api/v2`, requests };
}
