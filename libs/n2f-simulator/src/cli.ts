import { readFile } from 'node:fs/promises';
import { parseCliArgs, USAGE, type CliArgs } from './lib/cli-args.js';
import { startSimulator, type Simulator } from './lib/server.js';
import { SimulatorStateError } from './lib/state-schema.js';
import type { SimulatorState } from './lib/types.js';

const fail = (message: string): number => {
  process.stderr.write(`n2f-simulator: ${message}\n`);
  return 2;
};

async function readStateFile(file: string): Promise<Partial<SimulatorState>> {
  const text = await readFile(file, 'utf8');
  try {
    // Checked by startSimulator like any state; a bad entry is a SimulatorStateError.
    return JSON.parse(text) as Partial<SimulatorState>;
  } catch (error) {
    throw new SimulatorStateError('', `not valid JSON (${(error as Error).message})`);
  }
}

async function start(args: CliArgs): Promise<Simulator> {
  const state = args.stateFile === undefined ? undefined : await readStateFile(args.stateFile);
  return startSimulator({
    port: args.port,
    host: args.host,
    quota: args.quota,
    ...(state && { state }),
    ...(args.tokenTtlSeconds !== undefined && { tokenTtlSeconds: args.tokenTtlSeconds }),
  });
}

async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let simulator: Simulator;
  try {
    simulator = await start(args);
  } catch (error) {
    const where =
      args.stateFile !== undefined && error instanceof SimulatorStateError
        ? `${args.stateFile}: `
        : '';
    return fail(`${where}${(error as Error).message}`);
  }
  process.stdout.write(`listening on ${simulator.url}\n`);
  const stop = (): void => void simulator.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
