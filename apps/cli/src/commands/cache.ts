import { defineCommand, type CommandDef } from 'citty';
import { openCaches, type AppCaches } from '../compose/cache.js';
import { loadAppConfig } from '../config/load.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { parseLogFormat } from '../flags/selection.js';
import { createLogger } from '../output/logger.js';
import { configArgs, type ConfigArgs } from './args.js';

const statsArgs = { ...configArgs, json: { type: 'boolean', description: 'Print the figures as JSON' } } as const;
const invalidateArgs = { ...configArgs, pattern: { type: 'positional', required: true, valueHint: 'pattern', description: 'Glob over reference keys: * within a segment, ** across' } } as const;

async function withCaches(args: { config?: string | undefined; 'log-format'?: string | undefined }, use: (caches: AppCaches) => Promise<void>): Promise<ExitCode> {
  const logger = createLogger({ format: parseLogFormat(args['log-format']) });
  const config = await loadAppConfig({ cwd: process.cwd(), env: process.env, configFile: args.config, needsServices: false });
  const caches = openCaches(config, (warning) => logger.warn(`cache ${warning.namespace}: ${warning.message}`));
  try {
    await use(caches);
  } finally {
    await caches.dispose();
  }
  return EXIT.ok;
}

const stats: CommandDef<typeof statsArgs> = defineCommand({
  meta: { name: 'stats', description: 'Entries, size and keys of the reference cache and the run state' },
  args: statsArgs,
  run: ({ args }) =>
    withCaches(args, async (caches) => {
      const figures = [];
      for (const cache of [caches.references, caches.state]) {
        const { entries, bytes } = await cache.stats();
        figures.push({ namespace: cache.namespace, entries, bytes, keys: await cache.keys() });
      }
      if (args.json === true) {
        process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
        return;
      }
      for (const f of figures) {
        process.stdout.write(`${f.namespace}: ${f.entries} entries, ${f.bytes} bytes${f.keys.length > 0 ? `\n  ${f.keys.join('\n  ')}` : ''}\n`);
      }
    }),
});

const clear: CommandDef<ConfigArgs> = defineCommand({
  meta: { name: 'clear', description: 'Empty the reference cache (the run state used by the deletion guard is kept)' },
  args: configArgs,
  run: ({ args }) =>
    withCaches(args, async (caches) => {
      const { entries } = await caches.references.stats();
      await caches.references.clear();
      process.stdout.write(`Cleared ${entries} reference entries.\n`);
    }),
});

const invalidate: CommandDef<typeof invalidateArgs> = defineCommand({
  meta: { name: 'invalidate', description: 'Drop the reference entries whose key matches PATTERN' },
  args: invalidateArgs,
  run: ({ args }) =>
    withCaches(args, async (caches) => {
      const removed = await caches.references.invalidate(args.pattern);
      process.stdout.write(`Invalidated ${removed} reference entries matching "${args.pattern}".\n`);
    }),
});

/** `n2f-sync cache stats|clear|invalidate PATTERN`. */
export const cacheCommand: CommandDef = defineCommand({
  meta: { name: 'cache', description: 'Inspect or empty the reference-data cache' },
  subCommands: { stats, clear, invalidate },
});
