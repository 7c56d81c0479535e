import { createN2fClient, type N2fClient } from '@n2f/n2f-client';
import { startSimulator, type Simulator } from '@n2f/n2f-simulator';
import { median, type Bench, type Figure } from '../lib/harness.js';

const CALLS = 2_000;
const WARM_UP = 200;
const credentials = { clientId: 'demo', clientSecret: 'demo-secret' };
const BE10 = 'MTAwMQ==';

/** Median client round trip of `listCompanies()` against a bare fetch of the same page, interleaved. */
async function overhead(
  sim: Simulator,
): Promise<{ callsPerSecond: number; clientMs: number; fetchMs: number }> {
  const n2f = createN2fClient({ baseUrl: sim.url, credentials, quota: false });
  const auth = await fetch(`${sim.url}auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: 'demo', client_secret: 'demo-secret' }),
  });
  const { response } = (await auth.json()) as { response: { token: string } };
  const bare = async (): Promise<void> => {
    const res = await fetch(`${sim.url}companies?start=0&limit=200`, {
      headers: { authorization: `Bearer ${response.token}` },
    });
    if (!res.ok) throw new Error(`GET /companies answered ${res.status}`);
    await res.json();
  };
  for (let i = 0; i < WARM_UP; i += 1) await Promise.all([n2f.listCompanies(), bare()]);
  const client: number[] = [];
  const plain: number[] = [];
  let clientTotal = 0;
  for (let i = 0; i < CALLS; i += 1) {
    const a = performance.now();
    await n2f.listCompanies();
    const b = performance.now();
    await bare();
    client.push(b - a);
    plain.push(performance.now() - b);
    clientTotal += b - a;
  }
  return {
    callsPerSecond: CALLS / (clientTotal / 1000),
    clientMs: median(client),
    fetchMs: median(plain),
  };
}

/** Writes per scaled window (2 s, 20 writes on both sides) over `windows` windows, and 429s received. */
async function utilisation(windows: number): Promise<{ ratio: number; tooMany: number }> {
  const budget = { reads: 1_000, writes: 20 };
  // 30 simulated ms per real ms: the simulator's rolling minute lasts 2 real seconds.
  const sim = await startSimulator({ quota: budget, clock: { speed: 30 } });
  try {
    const n2f: N2fClient = createN2fClient({
      baseUrl: sim.url,
      credentials,
      quota: { day: budget, night: budget, windowMs: 2_000 },
    });
    const until = performance.now() + windows * 2_000;
    let inTime = 1; // the auth call, a write, goes out first
    for (let i = 0; performance.now() < until; i += 1) {
      const names = [{ culture: 'fr', value: `Bench ${i}` }];
      await n2f.upsertAxeValue(BE10, 'projects', { code: `B${i}`, names });
      // A write that only returned after the deadline waited for the next window: not counted.
      if (performance.now() < until) inTime += 1;
    }
    const tooMany = sim.requests().filter((r) => r.status === 429).length;
    return { ratio: inTime / (budget.writes * windows), tooMany };
  } finally {
    await sim.close();
  }
}

async function run(): Promise<readonly Figure[]> {
  const sim = await startSimulator({ quota: false });
  let measured: Awaited<ReturnType<typeof overhead>>;
  try {
    measured = await overhead(sim);
  } finally {
    await sim.close();
  }
  const quota = await utilisation(4);
  return [
    { name: 'sequential calls, quotas off', value: measured.callsPerSecond, unit: 'calls/s' },
    { name: 'median client round trip (GET /companies)', value: measured.clientMs, unit: 'ms' },
    { name: 'median bare fetch round trip (same request)', value: measured.fetchMs, unit: 'ms' },
    {
      name: 'client overhead per call (median difference)',
      value: measured.clientMs - measured.fetchMs,
      unit: 'ms',
      target: { op: '<=', value: 1 },
    },
    {
      name: 'quota utilisation (2 s window, 20 writes)',
      value: quota.ratio * 100,
      unit: '%',
      target: { op: '>=', value: 95 },
    },
    {
      name: '429 received with quotas on',
      value: quota.tooMany,
      unit: 'count',
      target: { op: '<=', value: 0 },
    },
  ];
}

/** The N2F client: calls per second, its own overhead per call, and how fully it uses the quota. */
export const bench: Bench = {
  name: 'n2f-client',
  description: 'N2F client against the simulator: overhead per call and quota utilisation',
  run,
};
