import type { Env } from './env-secrets.js';
import type { ConfigProblem, KeyOrigins } from './problems.js';

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

/** The raw file object with `N2F_BASE_URL` and `N2F_SANDBOX` applied over it, and where each came from. */
export interface Overridden {
  readonly raw: Record<string, unknown>;
  readonly origins: KeyOrigins;
  readonly problems: ConfigProblem[];
}

/** Applies the non-secret env overrides: they win over the file. */
export function applyEnvOverrides(raw: Record<string, unknown>, env: Env): Overridden {
  const out: Record<string, unknown> = { ...raw };
  const origins: Record<string, string> = {};
  const problems: ConfigProblem[] = [];
  const baseUrl = env['N2F_BASE_URL'];
  if (baseUrl !== undefined && baseUrl !== '') {
    const n2f = typeof out['n2f'] === 'object' && out['n2f'] !== null ? out['n2f'] : {};
    out['n2f'] = { ...n2f, baseUrl };
    origins['n2f.baseUrl'] = 'N2F_BASE_URL';
  }
  const sandbox = env['N2F_SANDBOX']?.trim().toLowerCase();
  if (sandbox !== undefined && sandbox !== '') {
    if (TRUE.has(sandbox) || FALSE.has(sandbox)) {
      out['sandbox'] = TRUE.has(sandbox);
      origins['sandbox'] = 'N2F_SANDBOX';
    } else {
      problems.push({ key: 'N2F_SANDBOX', problem: `is "${env['N2F_SANDBOX'] ?? ''}"`, fix: 'set N2F_SANDBOX to true or false (1/0, yes/no also work)' });
    }
  }
  return { raw: out, origins, problems };
}
