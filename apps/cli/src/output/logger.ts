import { inspect } from 'node:util';
import { isSyncError, redact, redactText } from '@n2f/resilience';
import { createConsola, LogLevels, type ConsolaInstance, type ConsolaReporter, type LogObject } from 'consola';

/** How logs look: readable lines (fancy on a TTY) or one JSON object per line. */
export type LogFormat = 'pretty' | 'json';

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** @default 'pretty' */
  format?: LogFormat;
  /** Where every log line goes; stdout stays free for results and `--json`. @default process.stderr */
  stream?: NodeJS.WriteStream;
  /** Show debug lines. @default false */
  verbose?: boolean;
  /** Wraps each write, so a progress bar can step aside and redraw. @default none */
  around?: (write: () => void) => void;
}

/** The app's logger: consola writing to stderr only, every argument redacted before it is shown. */
export function createLogger(options: LoggerOptions = {}): ConsolaInstance {
  const stream = options.stream ?? process.stderr;
  const logger = createConsola({
    level: options.verbose === true ? LogLevels.debug : LogLevels.info,
    stdout: stream,
    stderr: stream,
    fancy: options.format !== 'json' && stream.isTTY === true && process.env['CI'] === undefined,
  });
  const inner = options.format === 'json' ? jsonReporter(stream) : logger.options.reporters[0];
  const around = options.around ?? ((write: () => void): void => write());
  if (inner !== undefined) logger.setReporters([redacting(inner, around)]);
  return logger;
}

function redacting(inner: ConsolaReporter, around: (write: () => void) => void): ConsolaReporter {
  return { log: (logObj, ctx) => around(() => inner.log({ ...logObj, args: logObj.args.map(safeArg) }, ctx)) };
}

function safeArg(arg: unknown): unknown {
  if (typeof arg === 'string') return redactText(arg);
  if (isSyncError(arg)) return `${arg.message} [${arg.code}]`;
  if (arg instanceof Error) return redactText(arg.message);
  return redact(arg);
}

function jsonReporter(stream: NodeJS.WriteStream): ConsolaReporter {
  return {
    log(logObj: LogObject) {
      const [first, ...rest] = logObj.args;
      const message = typeof first === 'string' ? first : inspect(first);
      const line = {
        time: logObj.date.toISOString(),
        level: logObj.type,
        ...(logObj.tag === '' ? {} : { tag: logObj.tag }),
        message,
        ...(rest.length > 0 ? { data: rest.length === 1 ? rest[0] : rest } : {}),
      };
      stream.write(`${JSON.stringify(line)}\n`);
    },
  };
}
