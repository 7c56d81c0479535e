import { Agent, request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { demoState, startSimulator, type Simulator, type StateUser } from '@n2f/n2f-simulator';
import { median, withPeakMemory, type Bench, type Figure } from '../lib/harness.js';

const USERS = 100_000;
const PAGE = 200;
const ROUNDS = 3;
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

/**
 * One sequential HTTP client on a keep-alive socket. node:http rather than fetch: undici's fetch
 * costs more per 125 KB page than the simulator does, and this bench measures the simulator.
 */
function httpClient(base: URL): (method: string, path: string, body?: string) => Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let token = '';
  return (method, path, body) =>
    new Promise((resolve, reject) => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const req = request({
        host: base.hostname,
        port: base.port,
        method,
        path: `${base.pathname}${path}`,
        agent,
        headers,
      });
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (path === 'auth')
            token = (
              JSON.parse(Buffer.concat(chunks).toString()) as { response: { token: string } }
            ).response.token;
          resolve(res.statusCode ?? 0);
        });
      });
      req.end(body);
    });
}

/** Requests per second of `count` sequential calls; any status other than `expected` aborts. */
async function rate(
  count: number,
  expected: number,
  call: (i: number) => Promise<number>,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const status = await call(i);
    if (status !== expected) throw new Error(`expected ${expected}, got ${status}`);
  }
  return count / ((performance.now() - started) / 1000);
}

/** Heap in use after a full collection: what the users really hold, apart from GC headroom. */
function liveHeapMb(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function load(): Promise<{ sim: Simulator; loadMs: number }> {
  const started = performance.now();
  const sim = await startSimulator({
    state: { ...demoState(), users: Array.from({ length: USERS }, (_, i) => user(i)) },
    quota: false,
  });
  return { sim, loadMs: performance.now() - started };
}

async function run(): Promise<readonly Figure[]> {
  const { sim, loadMs } = await load();
  const loadedRssMb = process.memoryUsage.rss() / 2 ** 20;
  const liveMb = liveHeapMb();
  try {
    const call = httpClient(new URL(sim.url));
    await call('POST', 'auth', JSON.stringify({ client_id: 'demo', client_secret: 'demo-secret' }));
    const { result, peakRssMb } = await withPeakMemory(async () => {
      const gets: number[] = [];
      const posts: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        gets.push(
          await rate(REQUESTS_PER_ROUND, 200, (i) =>
            call('GET', `users?start=${((i * 37) % (USERS / PAGE)) * PAGE}&limit=${PAGE}`),
          ),
        );
        posts.push(
          await rate(REQUESTS_PER_ROUND, 200, (i) =>
            call('POST', 'users', JSON.stringify(user((i * 7919 + round) % USERS))),
          ),
        );
      }
      // The log's durationMs is the simulator's own time per request, without the client's.
      const serverMs = (method: string): number =>
        median(
          sim
            .requests()
            .filter((r) => r.method === method && r.path === '/users')
            .map((r) => r.durationMs),
        );
      return {
        get: median(gets),
        post: median(posts),
        getMs: serverMs('GET'),
        postMs: serverMs('POST'),
      };
    });
    return [
      { name: 'load a state of 100,000 users', value: loadMs, unit: 'ms' },
      {
        name: 'GET /users pages of 200 (sequential)',
        value: result.get,
        unit: 'req/s',
        target: { op: '>=', value: 3000 },
      },
      {
        name: 'POST /users upserts (sequential)',
        value: result.post,
        unit: 'req/s',
        target: { op: '>=', value: 3000 },
      },
      {
        name: 'resident memory, 100,000 users loaded',
        value: loadedRssMb,
        unit: 'MB',
        target: { op: '<=', value: 300 },
      },
      { name: 'median server time per GET page', value: result.getMs, unit: 'ms' },
      { name: 'median server time per POST upsert', value: result.postMs, unit: 'ms' },
      { name: 'live heap, 100,000 users loaded (after a full GC)', value: liveMb, unit: 'MB' },
      { name: 'peak resident memory under load (client in-process)', value: peakRssMb, unit: 'MB' },
    ];
  } finally {
    await sim.close();
  }
}

/** The simulator must never be the bottleneck of our benchmarks: throughput and memory with 100k users. */
export const bench: Bench = {
  name: 'simulator',
  description:
    'N2F simulator in-process on loopback, quotas off, 100,000 users, one keep-alive client',
  run,
};
