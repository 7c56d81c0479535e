import type { ArgsDef, CommandDef } from 'citty';
import { UsageError } from './exit-codes.js';

/** The command to run (deepest sub-command named), its parents, and the arguments meant for it. */
export interface ResolvedCommand {
  readonly command: CommandDef;
  readonly path: readonly string[];
  readonly rawArgs: string[];
}

const HELP = new Set(['--help', '-h']);

/** True when the arguments ask for help (before any `--`). */
export function wantsHelp(rawArgs: readonly string[]): boolean {
  const end = rawArgs.indexOf('--');
  return (end === -1 ? rawArgs : rawArgs.slice(0, end)).some((arg) => HELP.has(arg));
}

/** Walks sub-commands by name; an unknown or missing sub-command is a usage error (unless help is asked). */
export async function resolveCommand(root: CommandDef, rawArgs: readonly string[], rootName: string): Promise<ResolvedCommand> {
  let command = root;
  let args = [...rawArgs];
  const path = [rootName];
  for (;;) {
    const subCommands = await resolve(command.subCommands);
    if (subCommands === undefined || Object.keys(subCommands).length === 0) return { command, path, rawArgs: args };
    const index = args.findIndex((arg) => !arg.startsWith('-'));
    const name = index === -1 ? undefined : args[index];
    const names = Object.keys(subCommands).join(', ');
    if (name === undefined) {
      if (wantsHelp(args)) return { command, path, rawArgs: args };
      throw new UsageError(`${path.join(' ')} needs a command`, `use one of: ${names} (see ${path.join(' ')} --help)`);
    }
    const sub = subCommands[name];
    if (sub === undefined) throw new UsageError(`unknown command "${name}"`, `use one of: ${names} (see ${path.join(' ')} --help)`);
    command = (await resolve(sub)) as CommandDef;
    path.push(name);
    args = [...args.slice(0, index), ...args.slice(index + 1)];
  }
}

/** Rejects unknown options, string options without a value and extra positionals (citty accepts them silently). */
export async function checkArgs(command: CommandDef, rawArgs: readonly string[], path: readonly string[]): Promise<void> {
  const defs: ArgsDef = (await resolve(command.args)) ?? {};
  const known = knownOptions(defs);
  const positionals: string[] = [];
  const hint = `see ${path.join(' ')} --help`;
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i] ?? '';
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    const type = known.get(flag) ?? known.get(flag.replace(/^no-/, ''));
    if (type === undefined) throw new UsageError(`unknown option ${arg.split('=')[0] ?? arg}`, hint);
    if (type !== 'string' || inline !== undefined) continue;
    const value = rawArgs[i + 1];
    if (value === undefined || value.startsWith('-')) throw new UsageError(`option --${flag} needs a value`, hint);
    i++;
  }
  const allowed = Object.values(defs).filter((def) => def.type === 'positional').length;
  if (positionals.length > allowed) throw new UsageError(`unexpected argument "${positionals[allowed] ?? ''}"`, hint);
}

function knownOptions(defs: ArgsDef): Map<string, 'string' | 'boolean'> {
  const known = new Map<string, 'string' | 'boolean'>([['help', 'boolean'], ['h', 'boolean']]);
  for (const [name, def] of Object.entries(defs)) {
    if (def.type === 'positional') continue;
    const type = def.type === 'boolean' ? 'boolean' : 'string';
    const alias = 'alias' in def ? def.alias : undefined;
    const aliases = alias === undefined ? [] : [alias].flat();
    for (const alias of [name, camelCase(name), ...aliases]) known.set(alias, type);
  }
  return known;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

async function resolve<T>(value: T | Promise<T> | (() => T | Promise<T>) | undefined): Promise<T | undefined> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : await value;
}
