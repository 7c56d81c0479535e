import { formatClock, formatDuration } from './format.js';

/** What the progress display is told about one scope's writes. */
export interface ProgressTick {
  readonly scope: string;
  readonly done: number;
  readonly total: number;
  /** From the quota window in force, when the orchestrator knows it. */
  readonly etaMs?: number | undefined;
}

/** Shows the run's progress on stderr: a bar per scope on a terminal, plain lines otherwise. */
export interface Progress {
  planned(scope: string, writes: number): void;
  tick(tick: ProgressTick): void;
  finished(scope: string, line: string): void;
  /** Runs `write` (a log line) without garbling the bar being drawn. */
  around(write: () => void): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  readonly stream: NodeJS.WritableStream;
  /** Draw bars (the stream is a terminal). */
  readonly tty: boolean;
  /** Clock in ms, for the rate. @default Date.now */
  readonly now?: () => number;
  /** Least time between two redraws (bars) or two lines (plain). @default 100 on a TTY, 10 000 otherwise */
  readonly intervalMs?: number;
}

const BAR_WIDTH = 24;

/** A progress display for a run. */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? (options.tty ? 100 : 10_000);
  const starts = new Map<string, number>();
  let active: ProgressTick | undefined;
  let lastDraw = 0;
  const clear = (): void => {
    if (options.tty && active !== undefined) options.stream.write('\r\x1b[2K');
  };
  const draw = (tick: ProgressTick, force: boolean): void => {
    const at = now();
    if (!force && at - lastDraw < interval) return;
    lastDraw = at;
    const line = describe(tick, at - (starts.get(tick.scope) ?? at));
    options.stream.write(options.tty ? `\r\x1b[2K${bar(tick)} ${line}` : `${tick.scope}: ${line}\n`);
  };
  return {
    planned(scope, writes) {
      starts.set(scope, now());
      lastDraw = now();
      if (!options.tty || writes === 0) return;
      active = { scope, done: 0, total: writes };
      draw(active, true);
    },
    tick(tick) {
      if (!options.tty && tick.done === tick.total) return;
      if (options.tty) active = tick;
      draw(tick, tick.done === tick.total);
    },
    finished(scope, line) {
      clear();
      active = undefined;
      options.stream.write(`${scope}: ${line}\n`);
    },
    around(write) {
      clear();
      write();
      if (active !== undefined) draw(active, true);
    },
  };
}

function bar(tick: ProgressTick): string {
  const ratio = tick.total === 0 ? 1 : Math.min(1, tick.done / tick.total);
  const filled = Math.round(ratio * BAR_WIDTH);
  return `${tick.scope.padEnd(9)} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
}

function describe(tick: ProgressTick, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (tick.done * 1000) / elapsedMs : 0;
  const remaining = tick.total - tick.done;
  const etaMs = tick.etaMs ?? (rate > 0 ? (remaining / rate) * 1000 : undefined);
  const percent = tick.total === 0 ? 100 : Math.floor((tick.done / tick.total) * 100);
  const parts = [`${tick.done}/${tick.total} writes (${percent}%)`, `${rate.toFixed(1)}/s`];
  if (etaMs !== undefined && remaining > 0) parts.push(`ETA ${formatClock(etaMs)}`);
  if (remaining === 0) parts.push(`in ${formatDuration(elapsedMs)}`);
  return parts.join(', ');
}
