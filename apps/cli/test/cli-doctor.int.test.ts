import { rm } from 'node:fs/promises';
import { demoState, type Simulator } from '@n2f/n2f-simulator';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-process.js';
import { CLIENT_SECRET, defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

const CHECKS = ['configuration', 'Agresso connection', 'Agresso users query', 'Agresso analytics query', 'N2F authentication', 'N2F companies', 'N2F roles', 'N2F user profiles', 'N2F custom axes', 'N2F quota window'];

describe('n2f-sync doctor', () => {
  it('passes every check against the simulator and the sample files', async () => {
    const result = await runCli(['doctor'], { cwd: ws.dir, env: ws.env });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    for (const check of CHECKS) expect(result.stdout).toContain(`✔ PASS  ${check}:`);
    expect(result.stdout).toContain('N2F companies: 2: BE10, NL20');
    expect(result.stdout).toMatch(/N2F quota window: (day|night) window now: \d+ reads and \d+ writes per minute/);
    expect(result.stdout).toContain('All checks passed.');
  });

  it('fails authentication with a fix and exit 4, never showing the secret', async () => {
    const result = await runCli(['doctor'], { cwd: ws.dir, env: { ...ws.env, N2F_CLIENT_SECRET: `${CLIENT_SECRET}-wrong` } });
    expect(result.code).toBe(4);
    expect(result.stdout).toContain('✔ PASS  Agresso users query');
    expect(result.stdout).toMatch(/✖ FAIL {2}N2F authentication: .*\[AUTHENTICATION_FAILED\]\n\s+fix: check N2F_CLIENT_ID and N2F_CLIENT_SECRET/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(CLIENT_SECRET);
  });

  it('names a missing export file and a company without the plate axe', async () => {
    const state = demoState();
    sim.setState({ ...state, clients: [{ clientId: 'cli-test', clientSecret: CLIENT_SECRET }], customAxes: state.customAxes.filter((axe) => !(axe.company === 'MTAwMg==' && axe.names.some((n) => n.value === 'Plaque'))) });
    const axes = await runCli(['doctor'], { cwd: ws.dir, env: ws.env });
    expect(axes.code).toBe(4);
    expect(axes.stdout).toContain('✖ FAIL  N2F custom axes: NL20 has no custom axe "plaque"');
    await ws.writeConfig({ ...defaultConfig(), agresso: { type: 'files', users: 'missing-users.csv', analytics: 'missing-analytics.csv' } });
    const files = await runCli(['doctor'], { cwd: ws.dir, env: ws.env });
    expect(files.code).toBe(4);
    expect(files.stdout).toMatch(/✖ FAIL {2}Agresso connection: .*missing-users\.csv/);
  });

  it('reports configuration problems as a failed first check with exit 2', async () => {
    await rm(`${ws.dir}/n2f-sync.config.json`);
    const result = await runCli(['doctor'], { cwd: ws.dir, env: ws.env });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('✖ FAIL  configuration:');
    expect(result.stdout).toContain('no configuration file found');
  });
});
