import type { OnlyStep, RunReport, ScopeReport } from '@n2f/sync-core';

/**
 * What `sync --only` did, entity by entity: the Agresso row (valid or why not), the N2F record
 * (read with the whole list: N2F has no read of one record), the fields that differ, the action
 * and its result.
 */
export function formatOnlySteps(report: RunReport): string {
  return report.scopes.flatMap((scope) => (scope.only ?? []).map((step) => stepText(scope, step))).join('\n\n');
}

function stepText(scope: ScopeReport, step: OnlyStep): string {
  const why = step.reason === 'asked' ? '' : ' (its manager, missing from N2F: created first)';
  const lines = [`${step.scope} ${step.key}${why}`];
  lines.push(`  1. Agresso row: ${step.sourceRow ? (step.invalid.length === 0 ? 'found, valid' : 'found, invalid') : 'not found'}`);
  for (const bad of step.invalid) lines.push(`     ✖ ${bad.field} = ${JSON.stringify(bad.value)} ${bad.problem}; fix: ${bad.fix}`);
  const read = `all ${scope.plan?.estimate.reads.target ?? '?'} page(s) of ${scope.scope} read: N2F has no read of one record`;
  lines.push(`  2. N2F record: ${step.inN2f ? 'found' : 'none'} (${read})`);
  const differs = step.changes.map((c) => `${c.field} ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`).join('; ');
  lines.push(`  3. differs: ${step.action === 'create' ? 'new in N2F' : differs || 'nothing'}`);
  lines.push(`  4. action: ${step.action}`);
  lines.push(`  5. result: ${step.result}${step.message ? `: ${step.message}` : ''}`);
  return lines.join('\n');
}
