import { Writable } from 'node:stream';
import type { ConsolaInstance } from 'consola';
import { registryFromConfig } from '../compose/scopes.js';
import { composeServices, type Services } from '../compose/services.js';
import { loadAppConfig, type AppConfig } from '../config/load.js';
import { configuredOrder, parseLogFormat, parseMaxDeletes, parseSelection, type Selection, type SelectionFlags } from '../flags/selection.js';
import { repeatedOption } from '../flags/repeated.js';
import { abortOnInterrupt } from '../interrupt.js';
import { createLogger, type LogFormat } from '../output/logger.js';
import { createProgress, type Progress } from '../output/progress.js';

/** The flags every run command shares. */
export interface RunContextFlags extends SelectionFlags {
  readonly config?: string | undefined;
  readonly 'log-format'?: string | undefined;
}

/** A loaded configuration, the composed services, the display and Ctrl-C handling of one command. */
export interface RunContext {
  readonly logger: ConsolaInstance;
  readonly progress: Progress;
  readonly config: AppConfig;
  readonly selection: Selection;
  readonly services: Services;
  /** Aborted by Ctrl-C: the run stops after the call in flight. */
  readonly signal: AbortSignal;
  /** The signal that stopped the run, if one did. */
  readonly stoppedBy: NodeJS.Signals | undefined;
  close(): Promise<void>;
}

/** Checks the flags, loads the configuration and composes the services (usage and config errors first). */
export async function openRunContext(flags: RunContextFlags, rawArgs: readonly string[]): Promise<RunContext> {
  const format = parseLogFormat(flags['log-format']);
  parseMaxDeletes(flags['max-deletes']);
  const config = await loadAppConfig({ cwd: process.cwd(), env: process.env, configFile: flags.config, needsServices: true });
  const registry = registryFromConfig(config);
  const known = registry.names();
  const selection = parseSelection(flags, configuredOrder(config.file.scopes, known), known, {
    allowMassChange: repeatedOption(rawArgs, 'allow-mass-change'),
    only: repeatedOption(rawArgs, 'only'),
  });
  const { logger, progress } = createDisplay(format);
  const services = composeServices(config, registry, logger);
  const interrupt = abortOnInterrupt(logger);
  return {
    logger,
    progress,
    config,
    selection,
    services,
    signal: interrupt.signal,
    get stoppedBy() {
      return interrupt.stoppedBy;
    },
    async close() {
      interrupt.dispose();
      await services.close();
    },
  };
}

/** Bars on a terminal; plain lines otherwise; with JSON logs, progress lines become log entries. */
export function createDisplay(format: LogFormat): { logger: ConsolaInstance; progress: Progress } {
  if (format === 'json') {
    const logger = createLogger({ format });
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logger.info(chunk.toString().trimEnd());
        done();
      },
    });
    return { logger, progress: createProgress({ stream: sink, tty: false }) };
  }
  const tty = process.stderr.isTTY === true && process.env['CI'] === undefined;
  const progress = createProgress({ stream: process.stderr, tty });
  return { logger: createLogger({ format, around: (write) => progress.around(write) }), progress };
}
