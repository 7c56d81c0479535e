import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Simulator } from '@n2f/n2f-simulator';
import type { RunReport } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { readDemoUsers, setCell, writeUsers } from './helpers/users-csv.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

const parse = (stdout: string): RunReport => JSON.parse(stdout) as RunReport;

describe('n2f-sync sync', () => {
  it('creates everything, then makes zero writes; --json is the report and nothing else', async () => {
    const first = await ws.run(['sync', '--json', '--report', 'out/report.json']);
    expect(first.code, first.stderr).toBe(0);
    const report = parse(first.stdout);
    expect(report.scopes.map((s) => s.scope)).toEqual(['users', 'projects', 'plates', 'subposts']);
    const state = sim.state();
    expect(report.totals.created).toBe(state.users.length - 2 + state.axeValues.length);
    expect(JSON.parse(await readFile(join(ws.dir, 'out/report.json'), 'utf8'))).toEqual(report);
    const second = await ws.run(['sync', '--json']);
    const again = parse(second.stdout);
    expect(second.code).toBe(0);
    expect(again.totals).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: report.totals.created });
  });

  it('runs only the scopes asked, in the configured order whatever the typed order', async () => {
    await ws.writeConfig({ ...defaultConfig(), scopes: ['projects', 'users', 'plates', 'subposts'] });
    const result = await ws.run(['sync', '--json', '--scope', 'users,projects']);
    expect(parse(result.stdout).scopes.map((s) => s.scope)).toEqual(['projects', 'users']);
    expect(sim.state().axeValues.every((value) => value.axe === 'projects')).toBe(true);
    // Legacy Q22: no file is left behind unless asked (the cache lives where configured).
    expect((await readdir(ws.dir)).sort()).toEqual(['cache', 'n2f-sync.config.json']);
  });

  it('writes nothing with --dry-run and prints the summary table', async () => {
    const before = sim.state();
    const result = await ws.run(['sync', '--dry-run']);
    expect(result.code).toBe(0);
    expect(sim.state()).toEqual(before);
    expect(result.stdout).toMatch(/dry run: nothing written/);
    expect(result.stdout).toMatch(/^users\s+success\s+0\s/m);
    expect(result.stdout).toContain('Result: all good');
  });

  it('exits 1 when a row is invalid, naming the row and the fix; the others are written', async () => {
    const users = setCell(await readDemoUsers(), 'luc.dubois@iris-demo.example', 'Creation_Vehicule', 'peut-etre');
    await ws.writeConfig({ ...defaultConfig(), agresso: { ...(defaultConfig()['agresso'] as object), users: await writeUsers(ws.dir, users) } });
    const result = await ws.run(['sync', '--scope', 'users']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✖ invalid luc\.dubois@iris-demo\.example \(row 2, column Creation_Vehicule\): canCreateVehicle = "peut-etre" is not a boolean.*fix: /);
    expect(sim.state().users).toHaveLength(2 + users.rows.length - 1);
  });

  it('exits 3 when the deletion guard holds, and --max-deletes lets the deletes through', async () => {
    expect((await ws.run(['sync', '--scope', 'users'])).code).toBe(0);
    const table = await readDemoUsers();
    const fewer = { header: table.header, rows: table.rows.slice(0, -8) };
    await ws.writeConfig({ ...defaultConfig(), agresso: { ...(defaultConfig()['agresso'] as object), users: await writeUsers(ws.dir, fewer) } });
    const held = await ws.run(['sync', '--scope', 'users', '--delete']);
    expect(held.code).toBe(3);
    expect(held.stdout).toMatch(/⚠ deletes held back \(max-deletes\): .*\n\s+to allow them for this run: --max-deletes \S+/);
    expect(sim.state().users).toHaveLength(42);
    const allowed = await ws.run(['sync', '--scope', 'users', '--delete', '--max-deletes', '8']);
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(sim.state().users.map((u) => u.mail)).toEqual(expect.arrayContaining(['admin@n2f-demo.example', 'api@n2f-demo.example']));
    expect(sim.state().users).toHaveLength(34);
  });

  it('exits 4 when a scope cannot run, and still runs the others', async () => {
    await ws.writeConfig({ ...defaultConfig(), agresso: { ...(defaultConfig()['agresso'] as object), analytics: 'missing.csv' } });
    const result = await ws.run(['sync', '--json']);
    expect(result.code).toBe(4);
    const report = parse(result.stdout);
    expect(report.scopes.find((s) => s.scope === 'users')?.status).toBe('success');
    expect(report.scopes.find((s) => s.scope === 'projects')).toMatchObject({ status: 'failed', error: { code: 'SOURCE_FAILED' } });
  });

  it('writes report, API log and metrics into outputs.dir, the rest where the flags say; JSON logs on stderr', async () => {
    await ws.writeConfig({ ...defaultConfig(), outputs: { dir: 'runs' } });
    const result = await ws.run(['sync', '--scope', 'plates', '--log-format', 'json', '--audit', 'audit.jsonl', '--prometheus', 'metrics.prom']);
    expect(result.code, result.stderr).toBe(0);
    for (const line of result.stderr.trim().split('\n')) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    const runs = (await readdir(join(ws.dir, 'runs'))).sort();
    expect(runs).toEqual([expect.stringMatching(/^api-.+\.csv$/), expect.stringMatching(/^metrics_\d{8}_\d{6}\.json$/), expect.stringMatching(/^report-.+\.json$/)]);
    const snapshot = JSON.parse(await readFile(join(ws.dir, 'runs', runs[1] ?? ''), 'utf8')) as object;
    expect(Object.keys(snapshot).length).toBeGreaterThan(0);
    expect(await readFile(join(ws.dir, 'metrics.prom'), 'utf8')).toMatch(/^# (HELP|TYPE) n2f_sync_/m);
    const audit = (await readFile(join(ws.dir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { scope: string; action: string; outcome: string });
    expect(audit).toHaveLength(10);
    expect(audit.every((entry) => entry.scope === 'plates' && entry.action === 'create' && entry.outcome === 'done')).toBe(true);
    const csv = await readFile(join(ws.dir, 'runs', runs[0] ?? ''), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('time,method,route,status,duration_ms,attempt,bucket,outcome,error_code');
  });

  it('--clear-cache and --invalidate-cache act on the reference cache before the run (legacy Q17)', async () => {
    await ws.run(['sync', '--scope', 'plates']);
    const stats = async (): Promise<string[]> => ((JSON.parse((await ws.run(['cache', 'stats', '--json'])).stdout) as { keys: string[] }[])[0]?.keys ?? []);
    const keys = await stats();
    expect(keys.length).toBeGreaterThan(0);
    const invalidated = await ws.run(['sync', '--scope', 'plates', '--invalidate-cache', keys[0] ?? '']);
    expect(invalidated.stderr).toContain(`1 entries matching "${keys[0] ?? ''}" invalidated`);
    const cleared = await ws.run(['sync', '--scope', 'plates', '--clear-cache']);
    expect(cleared.stderr).toMatch(/reference cache cleared \(\d+ entries\)/);
  });
});
