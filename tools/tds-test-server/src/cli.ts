import { runCli, USAGE, UsageError } from './lib/run-cli.js';

// Entry point of the `tds-test-server` bin: serve a fixture file until SIGINT or SIGTERM.
try {
  const server = await runCli(process.argv.slice(2), process.env, (line) => console.log(line));
  const stop = (): void => void server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const usage = error instanceof UsageError;
  console.error(usage ? `${error.message}\n${USAGE}` : error instanceof Error ? error.message : String(error));
  process.exitCode = usage ? 2 : 1;
}
