import type * as v from 'valibot';
import type { FieldError } from './types.js';

/** Renders a valibot issue path as `users[3].mail` (empty for a root issue). */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path;
}

/** One field error per valibot issue, with `prefix` before each field path. */
export function issuesToErrors(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FieldError[] {
  return issues.map((issue) => {
    const path = issuePath(issue);
    return { field: prefix && path ? `${prefix}.${path}` : prefix || path, message: issue.message };
  });
}
