import { createSyncRun } from '@n2f/sync-core';
import { defineCommand, type CommandDef } from 'citty';
import { syncRunOptions } from '../compose/run-options.js';
import { exitCodeOf, type ExitCode } from '../exit-codes.js';
import { prepareCache } from '../run/prepare-cache.js';
import { openRunContext } from '../run/run-context.js';
import { executeRun } from '../run/execute.js';
import { formatOnlySteps } from '../output/only-steps.js';
import { resolveOutputPaths } from '../output/output-paths.js';
import { cacheArgs, configArgs, outputArgs, selectionArgs, type BooleanArg, type ConfigArgs, type SelectionArgs, type OutputArgs, type CacheArgs, type StringArg } from './args.js';

type SyncArgs = ConfigArgs & SelectionArgs & OutputArgs & CacheArgs & { 'dry-run': BooleanArg; only: StringArg };

const syncArgs: SyncArgs = {
  ...configArgs,
  ...selectionArgs,
  'dry-run': { type: 'boolean', description: 'Plan and report, write nothing to N2F' },
  only: { type: 'string', valueHint: 'e-mail|COMPANY/CODE', description: 'Sync just this entity (repeatable), creating its missing manager first, and print each step' },
  ...outputArgs,
  ...cacheArgs,
};

/** `n2f-sync sync`: the nightly job. */
export const syncCommand: CommandDef<SyncArgs> = defineCommand({
  meta: { name: 'sync', description: 'Bring N2F in step with Agresso for the selected scopes' },
  args: syncArgs,
  async run({ args, rawArgs }): Promise<ExitCode> {
    const context = await openRunContext(args, rawArgs);
    try {
      await prepareCache(context.services.caches.references, args, context.logger);
      const run = createSyncRun(syncRunOptions(context.config, context.services, { selection: context.selection, signal: context.signal }));
      const outputs = resolveOutputPaths(args, context.config.outputsDir, run.id, process.cwd());
      // A dry run is the plan, reported: the same path as `n2f-sync plan`.
      const pass = args['dry-run'] === true ? async () => (await run.plan()).report : () => run.start();
      const report = await executeRun(run, pass, { logger: context.logger, progress: context.progress, outputs, json: args.json === true });
      if (args.json !== true && context.selection.only.length > 0) process.stdout.write(`${formatOnlySteps(report)}\n`);
      return exitCodeOf(report.result, context.stoppedBy);
    } finally {
      await context.close();
    }
  },
});
