import { createFileSource, demoDataFiles, type Source } from '@n2f/agresso-source';
import { createCache } from '@n2f/cache';
import { createN2fClient } from '@n2f/n2f-client';
import { startSimulator } from '@n2f/n2f-simulator';
import { createSyncRun, defaultRegistry, type RunReport, type SyncRunOptions } from '@n2f/sync-core';
import { defineCommand, type CommandDef } from 'citty';
import { EXIT, exitCodeOf, type ExitCode } from '../exit-codes.js';
import { parseLogFormat } from '../flags/selection.js';
import { abortOnInterrupt } from '../interrupt.js';
import { changes, demoIntro, demoOutro, demoRunStory } from '../output/demo-story.js';
import { createLogger } from '../output/logger.js';

const demoArgs = {
  'log-format': { type: 'string', valueHint: 'pretty|json', description: 'Logs on stderr as readable lines or JSON (default: pretty)' },
} as const;

/** The simulator's demo account: the API client and the accounts never to delete. */
const DEMO_CLIENT = { clientId: 'demo', clientSecret: 'demo-secret' };
const DEMO_PROTECTED = ['admin@n2f-demo.example', 'api@n2f-demo.example'];

/** `n2f-sync demo`: nothing to set up; syncs the shipped sample into an in-process simulator, twice. */
export const demoCommand: CommandDef<typeof demoArgs> = defineCommand({
  meta: { name: 'demo', description: 'Sync the shipped Agresso sample into a local N2F simulator, then run again to show zero changes' },
  args: demoArgs,
  async run({ args }): Promise<ExitCode> {
    const logger = createLogger({ format: parseLogFormat(args['log-format']) });
    const interrupt = abortOnInterrupt(logger);
    const sim = await startSimulator({ quota: false, signal: interrupt.signal });
    const files = demoDataFiles();
    const source = createFileSource(files);
    try {
      process.stdout.write(`${demoIntro(sim.url, sim.state(), files)}\n`);
      const options = demoRunOptions(sim.url, source, interrupt.signal);
      const first = await tell('First run: create what N2F is missing', options);
      if (first.outcome === 'aborted') return exitCodeOf(first.result);
      const second = await tell('Second run: same data again', options);
      if (second.outcome === 'aborted') return exitCodeOf(second.result);
      process.stdout.write(`\n${demoOutro(second, sim.state())}\n`);
      if (first.scopes.some((scope) => scope.error !== undefined)) return EXIT.scope;
      return changes(second) === 0 ? EXIT.ok : EXIT.entities;
    } finally {
      interrupt.dispose();
      await source.close();
      await sim.close();
    }
  },
});

function demoRunOptions(baseUrl: string, source: Source, signal: AbortSignal): SyncRunOptions {
  return {
    source,
    client: createN2fClient({ baseUrl, credentials: DEMO_CLIENT, quota: false }),
    registry: defaultRegistry(),
    sandbox: true,
    safety: { protected: DEMO_PROTECTED },
    referenceCache: createCache({ namespace: 'references' }),
    stateStore: createCache({ namespace: 'run-state' }),
    signal,
  };
}

// No progress display: the whole demo takes about a second and the story tells it.
async function tell(title: string, options: SyncRunOptions): Promise<RunReport> {
  const report = await createSyncRun(options).start();
  process.stdout.write(`\n${demoRunStory(title, report)}\n`);
  return report;
}
