import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SimulatorState } from '@n2f/n2f-simulator';

/** The simulator CLI running in its own process, started on a state file. */
export interface SimulatorProcess {
  /** The API base URL the CLI printed. */
  readonly url: string;
  readonly pid: number;
  /** Real milliseconds from spawn to the listening line (start-up and state load). */
  readonly startMs: number;
  /** Resident memory of the process now and at its peak, in MB (`/proc/<pid>/status`). */
  memory(): Promise<{ rssMb: number; peakRssMb: number }>;
  /** Stops the process (SIGTERM) and removes the state file. */
  stop(): Promise<void>;
}

const cliPath = (): string => {
  const manifest = createRequire(import.meta.url).resolve('@n2f/n2f-simulator/package.json');
  return join(dirname(manifest), 'bin', 'n2f-simulator.js');
};

/** Resolves with the first stdout line of `child`, or rejects when it exits first. */
function firstLine(child: ChildProcess): Promise<string> {
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.indexOf('\n');
      if (end >= 0) resolve(out.slice(0, end));
    });
    // Once the line is in, a later exit (our own SIGTERM) settles nothing.
    child.once('exit', (code) =>
      reject(new Error(`simulator exited (${String(code)}) before listening: ${err}`)),
    );
  });
}

/** Reads VmRSS and VmHWM (kB) of a process from Linux's `/proc/<pid>/status`. */
async function procMemory(pid: number): Promise<{ rssMb: number; peakRssMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

/** Writes `state` to a temp file and starts the built CLI on it with quotas off, on a free port. */
export async function spawnSimulator(state: SimulatorState): Promise<SimulatorProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'n2f-sim-bench-'));
  const file = join(dir, 'state.json');
  await writeFile(file, JSON.stringify(state));
  const started = performance.now();
  const args = [cliPath(), '--port', '0', '--quota', 'off', '--state', file];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const line = await firstLine(child);
    const url = /listening on (\S+)/.exec(line)?.[1];
    if (!url || child.pid === undefined) throw new Error(`unexpected first line: ${line}`);
    const pid = child.pid;
    const startMs = performance.now() - started;
    return { url, pid, startMs, memory: () => procMemory(pid), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
