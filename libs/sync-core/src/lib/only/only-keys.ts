import type { AgressoView } from '@n2f/agresso-source';
import { ConfigurationError } from '@n2f/resilience';
import { ConversionFailure } from '../canonical/canonical-value.js';
import { canonEmail } from '../canonical/email.js';
import { axeKey } from '../scopes/axes/axe-record.js';

/** The keys `--only` asked for, by the view whose scopes they belong to. */
export interface OnlyKeys {
  /** E-mails, trimmed and lower-cased: the users scope. */
  readonly users: ReadonlySet<string>;
  /** `COMPANY/CODE` keys: the axe scopes (projects, plates, sub-posts…). */
  readonly analytics: ReadonlySet<string>;
}

/**
 * Reads the keys of `--only`: an e-mail for a user, `COMPANY/CODE` for an axe value (company
 * code, then value code). Anything else is a `ConfigurationError` naming the key and the fix.
 * @example parseOnlyKeys(['Ann@Iris.be', 'BE10/P1001']) // users: ann@iris.be; analytics: BE10/P1001
 */
export function parseOnlyKeys(keys: readonly string[]): OnlyKeys {
  const users = new Set<string>();
  const analytics = new Set<string>();
  for (const raw of keys) {
    const key = raw.trim();
    const slash = key.indexOf('/');
    if (slash > 0 && slash < key.length - 1 && !key.includes('@'))
      analytics.add(axeKey(key.slice(0, slash).trim(), key.slice(slash + 1).trim()));
    else users.add(email(key));
  }
  return { users, analytics };
}

/** The keys of `only` that scopes of `view` handle. */
export function keysOfView(only: OnlyKeys, view: AgressoView): ReadonlySet<string> {
  return view === 'users' ? only.users : only.analytics;
}

function email(key: string): string {
  const mail = canonEmail(key);
  if (!(mail instanceof ConversionFailure)) return mail;
  throw new ConfigurationError(
    'only',
    `"${key}" is neither an e-mail nor COMPANY/CODE`,
    'give a user as name@domain.tld, an axe value as its company code and value code, e.g. BE10/P1001',
  );
}
