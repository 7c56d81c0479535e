import { describe, expect, it } from 'vitest';
import {
  demoState,
  SimulatorOptionError,
  SimulatorStateError,
  startSimulator,
  type SimulatorState,
} from '../src/index.js';

const base = (): SimulatorState => demoState();
const member = { mail: 'm@example.com', company: 'MTAwMQ==', role: 'User', profile: 'Standard' };

async function loadError(state: unknown): Promise<SimulatorStateError> {
  const error: unknown = await startSimulator({ state: state as SimulatorState }).then(
    async (sim) => {
      await sim.close();
      throw new Error('the state was accepted');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SimulatorStateError);
  return error as SimulatorStateError;
}

describe('loading a state', () => {
  it.each([
    ['(root)', 'not an object'],
    ['companies', { companies: {} }],
    [
      'companies[1].uuid',
      {
        companies: [
          { uuid: 'a', code: 'A', name: 'A' },
          { uuid: 'a', code: 'B', name: 'B' },
        ],
      },
    ],
    [
      'roles[1].uuid',
      {
        roles: [
          { uuid: 'r', names: [] },
          { uuid: 'r', names: [] },
        ],
      },
    ],
    [
      'customAxes[0].company',
      { ...base(), customAxes: [{ company: 'nope', uuid: 'x', names: [] }] },
    ],
    ['users[0].mail', { ...base(), users: [{ ...member, mail: 'no' }] }],
    ['users[0].company', { ...base(), users: [{ ...member, company: 'BE10' }] }],
    ['users[0].role', { ...base(), users: [{ ...member, role: 'Astronaut' }] }],
    ['users[1].mail', { ...base(), users: [member, { ...member, mail: 'M@example.com' }] }],
    [
      'users[0].managerMail',
      { ...base(), users: [{ ...member, managerMail: 'ghost@example.com' }] },
    ],
    ['users[0].canRaiseLimits', { ...base(), users: [{ ...member, canRaiseLimits: 'yes' }] }],
    [
      'axeValues[0].axe',
      {
        ...base(),
        axeValues: [
          { company: 'MTAwMQ==', axe: 'nope', code: 'A', names: [{ culture: 'fr', value: 'A' }] },
        ],
      },
    ],
    [
      'axeValues[0].names',
      { ...base(), axeValues: [{ company: 'MTAwMQ==', axe: 'projects', code: 'A', names: [] }] },
    ],
  ])('names %s in the error', async (path, state) => {
    const error = await loadError(state);
    expect(error.path).toBe(path === '(root)' ? '' : path);
    expect(error.message).toContain(`at ${path}:`);
  });

  it('accepts managers listed after their reports, roles by uuid or label, and missing lists', async () => {
    const sim = await startSimulator({
      state: {
        clients: [{ clientId: 'c', clientSecret: 's' }],
        companies: [{ uuid: 'C1', code: 'X', name: 'X' }],
        roles: [{ uuid: 'R1', names: [{ culture: 'fr', value: 'Rôle' }] }],
        userprofiles: [{ uuid: 'P1', names: [{ culture: 'fr', value: 'Profil' }] }],
        users: [
          {
            mail: 'report@example.com',
            company: 'C1',
            role: 'R1',
            profile: 'profil',
            managerMail: 'boss@example.com',
          },
          { mail: 'boss@example.com', company: 'C1', role: 'rôle', profile: 'P1', uuid: 'fixed' },
        ],
      },
    });
    const state = sim.state();
    await sim.close();
    expect(state.users.map((u) => [u.mail, u.role, u.profile, u.managerMail])).toEqual([
      ['report@example.com', 'R1', 'P1', 'boss@example.com'],
      ['boss@example.com', 'R1', 'P1', null],
    ]);
    expect(state.users[1]?.uuid).toBe('fixed');
    expect(state.axeValues).toEqual([]);
  });

  it('starts with the demo account when no state is given', async () => {
    const sim = await startSimulator();
    const state = sim.state();
    await sim.close();
    expect(state.clients).toEqual([{ clientId: 'demo', clientSecret: 'demo-secret' }]);
    expect(state.users.map((u) => u.mail)).toEqual([
      'admin@n2f-demo.example',
      'api@n2f-demo.example',
    ]);
  });

  it('fails fast on a bad option, naming it', async () => {
    await expect(startSimulator({ port: -1 })).rejects.toThrow(SimulatorOptionError);
    await expect(startSimulator({ quota: { reads: 1 } as never })).rejects.toThrow(/quota/);
    await expect(startSimulator({ faults: { dropRate: -1 } })).rejects.toThrow(/faults\.dropRate/);
  });

  it('closes when its signal aborts', async () => {
    const controller = new AbortController();
    const sim = await startSimulator({ signal: controller.signal });
    controller.abort();
    const answers = (): Promise<boolean> => fetch(`${sim.url}roles`).then(() => true, () => false);
    await expect.poll(answers).toBe(false);
  });
});
