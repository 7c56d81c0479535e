import { resolve } from 'node:path';
import { createSyncRun, formatPlanText, toSavedPlan, writeSavedPlan } from '@n2f/sync-core';
import { defineCommand, type CommandDef } from 'citty';
import { syncRunOptions } from '../compose/run-options.js';
import { exitCodeOf, type ExitCode } from '../exit-codes.js';
import { openRunContext } from '../run/run-context.js';
import { configArgs, selectionArgs, type BooleanArg, type ConfigArgs, type SelectionArgs, type StringArg } from './args.js';

type PlanArgs = ConfigArgs & SelectionArgs & { out: StringArg; json: BooleanArg };

const planArgs: PlanArgs = {
  ...configArgs,
  ...selectionArgs,
  out: { type: 'string', valueHint: 'plan.json', description: 'Save the plan for `n2f-sync apply`' },
  json: { type: 'boolean', description: 'Print the plan as JSON on stdout instead of text' },
};

/** `n2f-sync plan`: the dry run, printed in full and optionally saved. */
export const planCommand: CommandDef<PlanArgs> = defineCommand({
  meta: { name: 'plan', description: 'Show what a sync would change (fields before/after, deletes, invalid rows, calls and time), write nothing' },
  args: planArgs,
  async run({ args, rawArgs }): Promise<ExitCode> {
    const context = await openRunContext(args, rawArgs);
    try {
      const run = createSyncRun(syncRunOptions(context.config, context.services, { selection: context.selection, signal: context.signal }));
      // No write happens, so no progress bar: a line per scope shows the run is alive.
      const reading = run.onScopeStarted(({ scope }) => context.logger.info(`${scope}: reading Agresso and N2F, planning…`));
      const planned = await run.plan().finally(() => reading.dispose());
      const saved = toSavedPlan(planned);
      if (args.out !== undefined) {
        const path = resolve(process.cwd(), args.out);
        await writeSavedPlan(saved, path);
        context.logger.info(`plan saved to ${path}; apply it with: n2f-sync apply ${args.out}`);
      }
      process.stdout.write(args.json === true ? `${JSON.stringify(saved, null, 2)}\n` : `${formatPlanText(planned)}\n`);
      return exitCodeOf(planned.result, context.stoppedBy);
    } finally {
      await context.close();
    }
  },
});
