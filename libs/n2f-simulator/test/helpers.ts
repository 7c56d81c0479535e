import { startSimulator, type Simulator, type SimulatorOptions } from '../src/index.js';

/** A response read once: status, headers and the parsed JSON body (undefined when empty). */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read loose JSON
}

/** Plain-fetch access to a running simulator, with a token of the demo client. */
export interface TestApi {
  readonly sim: Simulator;
  token: string;
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer>;
  get(path: string): Promise<Answer>;
  post(path: string, body: unknown): Promise<Answer>;
  del(path: string): Promise<Answer>;
  auth(clientId?: string, clientSecret?: string): Promise<Answer>;
}

/** Reads a response as JSON (or undefined when the body is empty). */
export async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** Starts a simulator (quotas off unless asked) and authenticates the demo client. */
export async function startApi(options: SimulatorOptions = {}): Promise<TestApi> {
  const sim = await startSimulator({ quota: false, ...options });
  const api: TestApi = {
    sim,
    token: '',
    async call(method, path, body, headers = {}) {
      const init: RequestInit = {
        method,
        headers: {
          authorization: `Bearer ${api.token}`,
          'content-type': 'application/json',
          ...headers,
        },
      };
      if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
      return answer(await fetch(`${sim.url}${path}`, init));
    },
    get: (path) => api.call('GET', path),
    post: (path, body) => api.call('POST', path, body),
    del: (path) => api.call('DELETE', path),
    auth: (clientId = 'demo', clientSecret = 'demo-secret') =>
      api.call('POST', 'auth', { client_id: clientId, client_secret: clientSecret }),
  };
  const auth = await api.auth();
  api.token = auth.body?.response?.token ?? '';
  return api;
}

/** A valid user payload of the demo account, with overrides. */
export function userPayload(
  mail: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    mail,
    firstname: 'Jo',
    lastname: 'Test',
    company: 'MTAwMQ==',
    role: 'Utilisateur',
    profile: 'Standard',
    managerMail: '',
    canCreateVehicle: false,
    personnalCarHaveToBeApproved: true,
    removeHomeWorkDistance: false,
    culture: 'fr',
    currencyIsoCode: 'EUR',
    jobTitle: 'Engineer',
    employeeNumber: '42',
    structure: 'L3',
    gotProPayment: false,
    accountingAuxiliaryAccount: '',
    canRaiseLimits: false,
    authMode: 'Integrated',
    ...overrides,
  };
}
