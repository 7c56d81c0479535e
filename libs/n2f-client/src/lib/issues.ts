import type * as v from 'valibot';

/** Where a valibot issue points and what it says, in words a human can act on. */
export interface IssueDescription {
  /** Dotted path from the root, with array indexes: `response.data[3].mail`; `(root)` at the top. */
  readonly path: string;
  readonly problem: string;
  readonly value: unknown;
}

/** Formats the first issue of a failed valibot parse as a path and a short problem. */
export function describeIssue(issue: v.BaseIssue<unknown>): IssueDescription {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path === '' ? '' : '.'}${String(key)}`;
  }
  const problem =
    issue.kind === 'schema' && issue.expected !== null
      ? `expected ${issue.expected}, received ${issue.received}`
      : issue.message;
  return { path: path === '' ? '(root)' : path, problem, value: issue.input };
}
