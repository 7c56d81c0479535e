import { Agent, request } from 'node:http';
import { demoState, type RequestLogEntry, type StateUser } from '@n2f/n2f-simulator';
import { median, type Bench, type Figure } from '../lib/harness.js';
import { spawnSimulator, type SimulatorProcess } from '../lib/simulator-process.js';

const USERS = 100_000;
const PAGE = 200;
const ROUNDS = 5;
const REQUESTS_PER_ROUND = 1_500;

function user(i: number): StateUser {
  return {
    mail: `user${i}@bench.example`,
    firstname: `First${i}`,
    lastname: `Last${i}`,
    company: i % 2 ? 'MTAwMQ==' : 'MTAwMg==',
    role: 'Utilisateur',
    profile: 'Standard',
    managerMail: i > 0 ? 'user0@bench.example' : null,
    canCreateVehicle: i % 3 === 0,
    personnalCarHaveToBeApproved: true,
    removeHomeWorkDistance: false,
    culture: 'fr',
    currencyIsoCode: 'EUR',
    jobTitle: 'Consultant',
    employeeNumber: String(100_000 + i),
    structure: 'L3',
    gotProPayment: false,
    accountingAuxiliaryAccount: `AUX${i}`,
    canRaiseLimits: false,
    authMode: 'Integrated',
  };
}

interface Answer {
  readonly status: number;
  /** The body, when the call asked to keep it. */
  readonly body: string;
}

/** Sequential calls to absolute paths of the simulator, with the demo client's token. */
interface Client {
  call(method: string, path: string, body?: string, keep?: boolean): Promise<Answer>;
  close(): void;
}

/**
 * One sequential HTTP client on a keep-alive socket. node:http rather than fetch: undici's fetch
 * costs more per 125 KB page than the simulator does, and this bench measures the simulator.
 * Bodies are read but kept only when asked for, so the client does as little as it can.
 */
async function connect(api: URL): Promise<Client> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname: host, port } = api;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const call: Client['call'] = (method, path, body, keep = false) =>
    new Promise((resolve, reject) => {
      const req = request({ host, port, method, path, agent, headers });
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => keep && chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      });
      req.end(body);
    });
  const credentials = JSON.stringify({ client_id: 'demo', client_secret: 'demo-secret' });
  const auth = await call('POST', `${api.pathname}auth`, credentials, true);
  headers.authorization = `Bearer ${(JSON.parse(auth.body) as { response: { token: string } }).response.token}`;
  return { call, close: () => agent.destroy() };
}

/** Requests per second of `count` sequential calls; any status other than `expected` aborts. */
async function rate(
  count: number,
  expected: number,
  call: (i: number) => Promise<Answer>,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const { status } = await call(i);
    if (status !== expected) throw new Error(`expected ${expected}, got ${status}`);
  }
  return count / ((performance.now() - started) / 1000);
}

/** Median GET and POST rates of the counted rounds, once a page is checked to hold 200 users. */
async function drive({ call }: Client, api: string): Promise<{ get: number; post: number }> {
  const pageAt = (i: number): string =>
    `${api}users?start=${((i * 37) % (USERS / PAGE)) * PAGE}&limit=${PAGE}`;
  const page = await call('GET', pageAt(1), undefined, true);
  const size = (JSON.parse(page.body) as { response: { data: unknown[] } }).response.data.length;
  if (size !== PAGE) throw new Error(`a page holds ${size} users, not ${PAGE}`);
  const gets: number[] = [];
  const posts: number[] = [];
  // Round 0 warms both processes up (JIT, first-touched heap pages) and is not counted.
  for (let round = 0; round <= ROUNDS; round += 1) {
    const upsert = (i: number): string => JSON.stringify(user((i * 7919 + round) % USERS));
    const get = await rate(REQUESTS_PER_ROUND, 200, (i) => call('GET', pageAt(i)));
    const post = await rate(REQUESTS_PER_ROUND, 200, (i) => call('POST', `${api}users`, upsert(i)));
    if (round > 0) {
      gets.push(get);
      posts.push(post);
    }
  }
  return { get: median(gets), post: median(posts) };
}

/** The simulator's own median time per request (its log's `durationMs`, without the client's). */
async function serverMs({ call }: Client, method: string): Promise<number> {
  const { body } = await call('GET', '/__simulator/requests', undefined, true);
  const log = JSON.parse(body) as RequestLogEntry[];
  return median(
    log.filter((r) => r.method === method && r.path === '/users').map((r) => r.durationMs),
  );
}

const rssTarget = { op: '<=', value: 300 } as const;
const rateTarget = { op: '>=', value: 3000 } as const;

async function measure(sim: SimulatorProcess, client: Client): Promise<readonly Figure[]> {
  const loaded = await sim.memory();
  const { get, post } = await drive(client, new URL(sim.url).pathname);
  const after = await sim.memory();
  return [
    { name: 'start the CLI on a state file of 100,000 users', value: sim.startMs, unit: 'ms' },
    { name: 'GET /users pages of 200 (sequential)', value: get, unit: 'req/s', target: rateTarget },
    { name: 'POST /users upserts (sequential)', value: post, unit: 'req/s', target: rateTarget },
    {
      name: 'resident memory, 100,000 users loaded',
      value: loaded.rssMb,
      unit: 'MB',
      target: rssTarget,
    },
    {
      name: 'peak resident memory (VmHWM: load and requests)',
      value: after.peakRssMb,
      unit: 'MB',
      target: rssTarget,
    },
    { name: 'resident memory after the requests', value: after.rssMb, unit: 'MB' },
    { name: 'median server time per GET page', value: await serverMs(client, 'GET'), unit: 'ms' },
    {
      name: 'median server time per POST upsert',
      value: await serverMs(client, 'POST'),
      unit: 'ms',
    },
  ];
}

async function run(): Promise<readonly Figure[]> {
  const sim = await spawnSimulator({
    ...demoState(),
    users: Array.from({ length: USERS }, (_, i) => user(i)),
  });
  let client: Client | undefined;
  try {
    client = await connect(new URL(sim.url));
    return await measure(sim, client);
  } finally {
    client?.close();
    await sim.stop();
  }
}

/** The simulator must never be the bottleneck of our benchmarks: throughput and memory with 100k users. */
export const bench: Bench = {
  name: 'simulator',
  description:
    'N2F simulator CLI in its own process on loopback, quotas off, 100,000 users, one keep-alive client',
  run,
};
