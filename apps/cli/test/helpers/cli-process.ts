import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built bin, as npm links it: the shim importing dist/cli.js. */
export const BIN: string = fileURLToPath(new URL('../../bin/n2f-sync.js', import.meta.url));

/** What a finished CLI process left behind. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  readonly cwd: string;
  /** Added to a minimal environment; the test runner's own variables are not inherited. */
  readonly env?: Readonly<Record<string, string>>;
  /** Called once the process is running, e.g. to send it a signal. */
  readonly onSpawn?: (child: ReturnType<typeof spawn>) => void;
}

/** Runs `n2f-sync args…` as a real child process and waits for it to exit. */
export function runCli(args: readonly string[], options: RunOptions): Promise<CliResult> {
  const env = { PATH: process.env['PATH'] ?? '', HOME: options.cwd, NO_COLOR: '1', ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    options.onSpawn?.(child);
  });
}
