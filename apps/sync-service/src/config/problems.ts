import * as v from 'valibot';

/** One thing wrong with the environment: which variable, what, and what to do. */
export interface ConfigProblem {
  readonly key: string;
  readonly problem: string;
  readonly fix: string;
}

/** The environment cannot make a working service; every problem found is listed (exit code 2). */
export class ServiceConfigError extends Error {
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The sync-service configuration has ${count}:\n${problems.map(describe).join('\n')}`);
    this.name = 'ServiceConfigError';
    this.problems = problems;
  }
}

function describe(problem: ConfigProblem): string {
  return `  ✖ ${problem.key}: ${problem.problem}\n    fix: ${problem.fix}`;
}

/** One problem per variable from valibot's issues; the fix comes from `fixes`. */
export function problemsFromIssues(
  issues: readonly v.BaseIssue<unknown>[],
  fixes: Readonly<Record<string, string>>,
): ConfigProblem[] {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const issue of issues) {
    // The variable, not the list item inside it (`SYNC_SERVICE_ACTIONS.1`).
    const key = (v.getDotPath(issue) ?? '(environment)').split('.')[0] ?? '(environment)';
    if (seen.has(key)) continue;
    seen.add(key);
    const message = issue.message.startsWith('Invalid')
      ? `must be ${issue.expected ?? 'valid'}`
      : issue.message;
    problems.push({
      key,
      problem: `${message} (got ${issue.received})`,
      fix: fixes[key] ?? 'see the README',
    });
  }
  return problems;
}
