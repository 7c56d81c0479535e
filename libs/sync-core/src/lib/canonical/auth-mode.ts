import { canonText } from './text.js';

/** The auth mode the sandbox accepts for every user. */
export const SANDBOX_AUTH_MODE = 'Integrated';

const SAML = /^saml$/i;

/**
 * The N2F auth mode: in the sandbox always `Integrated`; otherwise `Saml` in any case becomes
 * `Sso` and other values are kept as given (trimmed).
 */
export function canonAuthMode(value: unknown, sandbox: boolean): string | null {
  if (sandbox) return SANDBOX_AUTH_MODE;
  const text = canonText(value);
  return text !== null && SAML.test(text) ? 'Sso' : text;
}
