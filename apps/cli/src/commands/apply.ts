import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSyncRun, parseSavedPlan, type SavedPlan } from '@n2f/sync-core';
import { defineCommand, type CommandDef } from 'citty';
import { syncRunOptions } from '../compose/run-options.js';
import { InvalidConfigError } from '../config/problems.js';
import { exitCodeOf, type ExitCode } from '../exit-codes.js';
import { resolveOutputPaths } from '../output/output-paths.js';
import { executeRun } from '../run/execute.js';
import { openRunContext } from '../run/run-context.js';
import { configArgs, outputArgs, selectionArgs, type ConfigArgs, type OutputArgs, type RequiredPositional, type StringArg } from './args.js';

type ApplyArgs = ConfigArgs & OutputArgs & { plan: RequiredPositional; 'max-deletes': StringArg; 'allow-mass-change': StringArg };

const applyArgs: ApplyArgs = {
  plan: { type: 'positional', required: true, valueHint: 'plan.json', description: 'A plan saved by `n2f-sync plan --out`' },
  ...configArgs,
  'max-deletes': selectionArgs['max-deletes'],
  'allow-mass-change': selectionArgs['allow-mass-change'],
  ...outputArgs,
};

/** `n2f-sync apply plan.json`: exactly the saved changes; entities changed since are skipped and reported. */
export const applyCommand: CommandDef<ApplyArgs> = defineCommand({
  meta: { name: 'apply', description: 'Apply a saved plan exactly, skipping (and reporting) entities that changed since it was made' },
  args: applyArgs,
  async run({ args, rawArgs }): Promise<ExitCode> {
    const savedPlan = await readPlan(resolve(process.cwd(), args.plan));
    const context = await openRunContext(args, rawArgs);
    try {
      const run = createSyncRun(syncRunOptions(context.config, context.services, { selection: context.selection, signal: context.signal }));
      const outputs = resolveOutputPaths(args, context.config.outputsDir, run.id, process.cwd());
      const report = await executeRun(run, () => run.apply(savedPlan), { logger: context.logger, progress: context.progress, outputs, json: args.json === true });
      return exitCodeOf(report.result, context.stoppedBy);
    } finally {
      await context.close();
    }
  },
});

async function readPlan(path: string): Promise<SavedPlan> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    throw new InvalidConfigError([{ key: 'PLAN', problem: `cannot be read (${path}: ${code})`, fix: 'give the file written by n2f-sync plan --out' }]);
  }
  let plan: SavedPlan;
  try {
    plan = parseSavedPlan(JSON.parse(text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InvalidConfigError([{ key: 'PLAN', problem: `is not a saved plan (${message})`, fix: 'make a new one with n2f-sync plan --out plan.json' }]);
  }
  // An empty plan is no "nothing to do": its scopes could not be planned (N2F or the source unreadable).
  if (plan.scopes.length === 0) throw new InvalidConfigError([{ key: 'PLAN', problem: `holds no scope (${path}): none could be planned`, fix: 'run n2f-sync doctor, then n2f-sync plan --out again' }]);
  return plan;
}
