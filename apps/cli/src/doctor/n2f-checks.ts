import type { N2fClient, N2fCompany, N2fName } from '@n2f/n2f-client';
import { CheckFailure, failed, runCheck, type CheckResult } from './check.js';

/** The custom axes the plate and sub-post scopes need, by French name. */
const AXES_BY_SCOPE: Readonly<Record<string, string>> = { plates: 'plaque', subposts: 'subpost' };

/** Authentication and companies, roles, profiles, custom axes per company, then the quota window now. */
export async function n2fChecks(client: N2fClient, scopes: readonly string[], quotasOff: boolean, signal: AbortSignal): Promise<CheckResult[]> {
  let companies: readonly N2fCompany[];
  try {
    companies = (await client.listCompanies({ signal })).items;
  } catch (error) {
    return [failed('N2F authentication', error)];
  }
  const results: CheckResult[] = [
    { name: 'N2F authentication', ok: true, detail: 'token obtained' },
    companies.length === 0
      ? { name: 'N2F companies', ok: false, detail: 'the account has no company', fix: 'check that the API client belongs to the right N2F account' }
      : { name: 'N2F companies', ok: true, detail: `${companies.length}: ${companies.map((c) => c.code).join(', ')}` },
    await runCheck('N2F roles', async () => labels(await client.listRoles({ signal }), 'roles')),
    await runCheck('N2F user profiles', async () => labels(await client.listUserProfiles({ signal }), 'user profiles')),
    await runCheck('N2F custom axes', () => customAxes(client, companies, scopes, signal)),
  ];
  results.push(quotaWindow(client, quotasOff));
  return results;
}

function labels(items: readonly { names: readonly N2fName[] }[], what: string): string {
  if (items.length === 0) throw new CheckFailure(`the account has no ${what}`, `create the ${what} in N2F before syncing users`);
  return `${items.length}: ${items.map((item) => french(item.names) || '(unnamed)').join(', ')}`;
}

async function customAxes(client: N2fClient, companies: readonly N2fCompany[], scopes: readonly string[], signal: AbortSignal): Promise<string> {
  const needed = scopes.map((scope) => AXES_BY_SCOPE[scope]).filter((name): name is string => name !== undefined);
  const found: string[] = [];
  const missing: string[] = [];
  for (const company of companies) {
    const names = (await client.listCustomAxes(company.uuid, { signal })).items.map((axe) => french(axe.names).toLowerCase());
    found.push(`${company.code}: ${names.length === 0 ? 'none' : names.join(', ')}`);
    for (const name of needed) if (!names.includes(name)) missing.push(`${company.code} has no custom axe "${name}"`);
  }
  if (missing.length > 0) throw new CheckFailure(missing.join('; '), 'create the custom axe in that N2F company, or leave its scope out of "scopes"');
  return found.join('; ');
}

function quotaWindow(client: N2fClient, quotasOff: boolean): CheckResult {
  const { quota } = client.usage();
  const budget = `${quota.read.limit} reads and ${quota.write.limit} writes per minute`;
  const detail = `${quota.window} window now: ${budget}${quotasOff ? ' (n2f.quotas is "off": the app does not wait)' : ''}; used in the last minute: ${quota.read.used} reads, ${quota.write.used} writes`;
  return { name: 'N2F quota window', ok: true, detail };
}

function french(names: readonly N2fName[]): string {
  return (names.find((name) => name.culture.toLowerCase() === 'fr') ?? names[0])?.value?.trim() ?? '';
}
