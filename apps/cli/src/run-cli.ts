import { stripVTControlCharacters } from 'node:util';
import { isConfigurationError, isSyncError, redactText } from '@n2f/resilience';
import { renderUsage, runCommand, type CommandDef } from 'citty';
import { checkArgs, resolveCommand, wantsHelp } from './cli-args.js';
import { configProblemOf, InvalidConfigError, formatProblems } from './config/problems.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';

/** What {@link runCli} writes to; the real process streams in production, buffers in tests. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly noColor: boolean;
}

/**
 * Runs the command line like citty's `runMain`, but with the exit codes of domain.md §7: usage
 * and configuration errors are 2 (citty would exit 1), a command's own result is its exit code.
 */
export async function runCli(root: CommandDef, rawArgs: readonly string[], io: CliIo): Promise<ExitCode> {
  const meta = await resolveMeta(root);
  try {
    if (rawArgs.length === 1 && (rawArgs[0] === '--version' || rawArgs[0] === '-v')) {
      io.stdout.write(`${meta.version}\n`);
      return EXIT.ok;
    }
    if (rawArgs.length === 0) {
      await printUsage(root, [meta.name], meta.version, io);
      return EXIT.usage;
    }
    const resolved = await resolveCommand(root, rawArgs, meta.name);
    if (wantsHelp(resolved.rawArgs)) {
      await printUsage(resolved.command, resolved.path, meta.version, io);
      return EXIT.ok;
    }
    await checkArgs(resolved.command, resolved.rawArgs, resolved.path);
    const { result } = await runCommand(resolved.command, { rawArgs: resolved.rawArgs });
    return isExitCode(result) ? result : EXIT.ok;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): ExitCode {
  if (error instanceof InvalidConfigError) {
    io.stderr.write(`${formatProblems(error)}\n`);
    return EXIT.usage;
  }
  if (isConfigurationError(error)) {
    // A setting the run refused before doing anything (e.g. a field no scope compares).
    io.stderr.write(`${formatProblems(new InvalidConfigError([configProblemOf(error)]))}\n`);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`error: ${error.message}\n  fix: ${error.fix}\n`);
    return EXIT.usage;
  }
  if (error instanceof Error && error.name === 'CLIError') {
    io.stderr.write(`error: ${stripVTControlCharacters(error.message)}\n  fix: see --help\n`);
    return EXIT.usage;
  }
  const message = isSyncError(error) ? `${error.message} [${error.code}]` : error instanceof Error ? redactText(error.stack ?? error.message) : String(error);
  io.stderr.write(`error: ${message}\n`);
  return EXIT.scope;
}

async function printUsage(command: CommandDef, path: readonly string[], version: string, io: CliIo): Promise<void> {
  const parent: CommandDef = { meta: { name: path.slice(0, -1).join(' '), version } };
  const rendered = await renderUsage(command, path.length > 1 ? parent : undefined);
  const usage = path.length > 1 ? rendered : `${rendered}\n\n-h, --help shows help on any command; -v, --version prints the version.`;
  const plain = io.noColor || io.stdout.isTTY !== true;
  // citty pads every column to the widest cell: drop the trailing blanks it leaves.
  io.stdout.write(`${(plain ? stripVTControlCharacters(usage) : usage).replace(/[ \t]+$/gm, '')}\n`);
}

async function resolveMeta(root: CommandDef): Promise<{ name: string; version: string }> {
  const meta = typeof root.meta === 'function' ? await root.meta() : await root.meta;
  return { name: meta?.name ?? 'n2f-sync', version: meta?.version ?? '0.0.0' };
}

function isExitCode(value: unknown): value is ExitCode {
  return typeof value === 'number' && Object.values(EXIT).includes(value as ExitCode);
}
