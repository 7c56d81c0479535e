import type { BooleanArgDef, PositionalArgDef, StringArgDef } from 'citty';

/** A `--name value` option. */
export type StringArg = StringArgDef & { type: 'string' };
/** A `--flag` switch. */
export type BooleanArg = BooleanArgDef & { type: 'boolean' };
/** A required positional argument. */
export type RequiredPositional = PositionalArgDef & { type: 'positional'; required: true };

/** The options of {@link configArgs} (a type alias: citty needs an index-compatible type). */
export type ConfigArgs = {
  config: StringArg;
  'log-format': StringArg;
};
/** The options of {@link selectionArgs}. */
export type SelectionArgs = {
  scope: StringArg;
  create: BooleanArg;
  update: BooleanArg;
  delete: BooleanArg;
  'max-deletes': StringArg;
  'allow-mass-change': StringArg;
};
/** The options of {@link outputArgs}. */
export type OutputArgs = {
  json: BooleanArg;
  report: StringArg;
  audit: StringArg;
  metrics: StringArg;
  prometheus: StringArg;
  'api-log': StringArg;
};
/** The options of {@link cacheArgs}. */
export type CacheArgs = {
  'clear-cache': BooleanArg;
  'invalidate-cache': StringArg;
};

/** Options every command that reads the configuration takes. */
export const configArgs: ConfigArgs = {
  config: { type: 'string', valueHint: 'file', description: 'Configuration file (default: n2f-sync.config.json|yaml|ts in the current directory)' },
  'log-format': { type: 'string', valueHint: 'pretty|json', description: 'Logs on stderr as readable lines or one JSON object per line (default: pretty)' },
};

/** Which scopes and actions a run covers. */
export const selectionArgs: SelectionArgs = {
  scope: { type: 'string', valueHint: 'users,projects,plates,subposts', description: 'Scopes to run, comma-separated (default: all, in the configured order)' },
  create: { type: 'boolean', description: 'Create what is missing in N2F' },
  update: { type: 'boolean', description: 'Update what differs (create and update when no action is given)' },
  delete: { type: 'boolean', description: 'Delete what is no longer in Agresso (only when asked)' },
  'max-deletes': { type: 'string', valueHint: 'N|P%', description: 'Raise or lower the deletion guard for this run, e.g. 25 or 20%' },
  'allow-mass-change': { type: 'string', valueHint: 'field', description: 'Let updates of a field held by the mass-change guard through for this run (repeatable; FIELD or scope.FIELD)' },
};

/** Files a run can leave behind, all free of secrets. */
export const outputArgs: OutputArgs = {
  json: { type: 'boolean', description: 'Print the run report as JSON on stdout (and nothing else there)' },
  report: { type: 'string', valueHint: 'file', description: 'Write the run report as JSON' },
  audit: { type: 'string', valueHint: 'file', description: 'Write the audit trail (JSON lines: changes before/after, outcome)' },
  metrics: { type: 'string', valueHint: 'dir', description: 'Write metrics_YYYYMMDD_HHMMSS.json into this directory' },
  prometheus: { type: 'string', valueHint: 'file', description: 'Write the metrics in Prometheus text format' },
  'api-log': { type: 'string', valueHint: 'file', description: 'Write every N2F API call as CSV' },
};

/** Cache handling before a run. */
export const cacheArgs: CacheArgs = {
  'clear-cache': { type: 'boolean', description: 'Empty the reference-data cache before the run' },
  'invalidate-cache': { type: 'string', valueHint: 'pattern', description: 'Drop cached reference entries matching a glob (e.g. "roles*") before the run' },
};
