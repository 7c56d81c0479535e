import { apiPolicy } from '@n2f/resilience';
import {
  demoState,
  startSimulator,
  type Simulator,
  type SimulatorOptions,
  type StateUser,
} from '@n2f/n2f-simulator';
import { afterEach } from 'vitest';
import { createN2fClient, type N2fClient, type N2fClientOptions } from '../src/index.js';

/** The demo account's API client. */
export const DEMO_CREDENTIALS = { clientId: 'demo', clientSecret: 'demo-secret' } as const;
/** Demo company BE10. */
export const BE10 = 'MTAwMQ==';

const running: Simulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

/** Starts a simulator (quotas off unless asked) that is closed after the test. */
export async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator({ quota: false, ...options });
  running.push(sim);
  return sim;
}

/**
 * Stops `sim` as N2F going down would (new connections are refused); the function returned
 * starts it again on the same port with the account it held.
 */
export async function takeDown(sim: Simulator): Promise<() => Promise<Simulator>> {
  const state = sim.state();
  const port = Number(new URL(sim.origin).port);
  running.splice(running.indexOf(sim), 1);
  await sim.close();
  return () => simulator({ port, state });
}

/** A client of `sim` with the demo credentials, quotas off, and fast retries. */
export function clientOf(sim: { url: string }, options: Partial<N2fClientOptions> = {}): N2fClient {
  return createN2fClient({
    baseUrl: sim.url,
    credentials: DEMO_CREDENTIALS,
    quota: false,
    policy: apiPolicy({ initialDelayMs: 1, maxDelayMs: 5, timeoutMs: 5_000 }),
    ...options,
  });
}

/** `n` users of company BE10, in state-snapshot form (role and profile as uuids). */
export function users(n: number): StateUser[] {
  return Array.from({ length: n }, (_, i) => ({
    mail: `user${String(i).padStart(4, '0')}@iris.example`,
    firstname: `First${i}`,
    lastname: `Last${i}`,
    company: BE10,
    role: 'cm9sZS0x',
    profile: 'cHJvZi0x',
    culture: 'fr',
    currencyIsoCode: 'EUR',
  }));
}

/** The demo account with `n` users instead of its two service accounts. */
export function stateWithUsers(n: number): ReturnType<typeof demoState> {
  return { ...demoState(), users: users(n) };
}

/** A fetch that records every URL it is asked for, to check what went on the wire. */
export function recordingFetch(): { fetch: typeof globalThis.fetch; urls: string[] } {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return globalThis.fetch(input, init);
  };
  return { fetch, urls };
}
