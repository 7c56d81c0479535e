import { defineCommand, type CommandDef } from 'citty';
import { clientFromConfig } from '../compose/client.js';
import { knownScopes } from '../compose/scopes.js';
import { sourceFromConfig } from '../compose/source.js';
import { loadAppConfig, type AppConfig } from '../config/load.js';
import { InvalidConfigError, formatProblems } from '../config/problems.js';
import { agressoChecks } from '../doctor/agresso-checks.js';
import { formatCheck, type CheckResult } from '../doctor/check.js';
import { n2fChecks } from '../doctor/n2f-checks.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { abortOnInterrupt } from '../interrupt.js';
import { configuredOrder, parseLogFormat } from '../flags/selection.js';
import { createLogger } from '../output/logger.js';
import { configArgs, type ConfigArgs } from './args.js';

/** `n2f-sync doctor`: one pass/fail line per check, exit 0 when all pass. */
export const doctorCommand: CommandDef<ConfigArgs> = defineCommand({
  meta: { name: 'doctor', description: 'Check configuration, Agresso, N2F access and reference data, and the quota window now' },
  args: configArgs,
  async run({ args }): Promise<ExitCode> {
    const logger = createLogger({ format: parseLogFormat(args['log-format']) });
    const print = (result: CheckResult): void => void process.stdout.write(`${formatCheck(result)}\n`);
    let config: AppConfig;
    try {
      config = await loadAppConfig({ cwd: process.cwd(), env: process.env, configFile: args.config, needsServices: true });
    } catch (error) {
      if (!(error instanceof InvalidConfigError)) throw error;
      print({ name: 'configuration', ok: false, detail: formatProblems(error), fix: 'correct the keys above, then run doctor again' });
      return EXIT.usage;
    }
    print({ name: 'configuration', ok: true, detail: describe(config) });
    const interrupt = abortOnInterrupt(logger);
    const source = sourceFromConfig(config);
    try {
      const scopes = configuredOrder(config.file.scopes, knownScopes());
      const results = [...(await agressoChecks(source, interrupt.signal)), ...(await n2fChecks(clientFromConfig(config), scopes, config.file.n2f.quotas === 'off', interrupt.signal))];
      results.forEach(print);
      const failures = results.filter((result) => !result.ok).length;
      process.stdout.write(failures === 0 ? '\nAll checks passed.\n' : `\n${failures} check${failures === 1 ? '' : 's'} failed.\n`);
      return failures === 0 ? EXIT.ok : EXIT.scope;
    } finally {
      interrupt.dispose();
      await source.close();
    }
  },
});

function describe(config: AppConfig): string {
  const where = config.configPath ?? 'no file (environment only)';
  const agresso = config.agresso?.type === 'mssql' ? `SQL Server ${config.agresso.server}:${config.agresso.port}/${config.agresso.database}` : 'Agresso export files';
  return `${where}; ${config.sandbox ? 'sandbox' : 'production'} ${config.baseUrl}; ${agresso}`;
}
