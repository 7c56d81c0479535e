/** What to write for each documented key, used as the "fix" of a validation problem. */
const FIXES: Readonly<Record<string, string>> = {
  sandbox: 'set sandbox to true (N2F sandbox, authMode Integrated) or false (production)',
  agresso: 'add an "agresso" section with type "mssql" (server, database) or "files" (users, analytics)',
  'agresso.type': 'set agresso.type to "mssql" (SQL Server) or "files" (CSV/JSON exports)',
  'agresso.server': 'set agresso.server to the SQL Server host name, e.g. "agresso-db.corp.local"',
  'agresso.port': 'set agresso.port to the SQL Server port, e.g. 1433, or remove it',
  'agresso.database': 'set agresso.database to the Agresso database name, e.g. "AgrProd"',
  'agresso.encrypt': 'set agresso.encrypt to true (TLS, the default) or false',
  'agresso.trustServerCertificate': 'set agresso.trustServerCertificate to false (default) or true for a self-signed certificate',
  'agresso.variant': 'set agresso.variant to "production" (every row) or "development" (the small documented selection)',
  'agresso.queries': 'give agresso.queries as { "users": "users.sql", "analytics": "analytics.sql" }, or remove it',
  'agresso.queries.users': 'set agresso.queries.users to the path of a .sql file, or remove it to use the shipped query',
  'agresso.queries.analytics': 'set agresso.queries.analytics to the path of a .sql file, or remove it to use the shipped query',
  'agresso.users': 'set agresso.users to the path of the users export (.csv or .json)',
  'agresso.analytics': 'set agresso.analytics to the path of the analytics export (.csv or .json)',
  'agresso.encoding': 'set agresso.encoding to the encoding the exports were saved in: "utf-8" (the default), "windows-1252" (Excel on Windows), "latin1" or "utf-16le"; a byte order mark decides by itself',
  'agresso.delimiter': 'set agresso.delimiter to "," or ";" or "\\t" (tab), or "auto" (the default) to take it from the header line',
  n2f: 'give n2f as an object, e.g. { "baseUrl": "https://www.n2f.com/services/api/v2/" }',
  'n2f.baseUrl': 'set n2f.baseUrl (or N2F_BASE_URL) to an https URL without user:password@, such as "https://www.n2f.com/services/api/v2/" (plain http only for localhost); the API credentials come from N2F_CLIENT_ID and N2F_CLIENT_SECRET',
  'n2f.quotas': 'set n2f.quotas to "off" or to { "day": { "reads": 60, "writes": 10 }, "night": { "reads": 200, "writes": 50 } }',
  'n2f.quotas.day': 'set n2f.quotas.day to { "reads": 60, "writes": 10 } (calls per minute)',
  'n2f.quotas.night': 'set n2f.quotas.night to { "reads": 200, "writes": 50 } (calls per minute)',
  'n2f.quotas.*.reads': 'set it to the number of GET calls allowed per minute, e.g. 60',
  'n2f.quotas.*.writes': 'set it to the number of writes allowed per minute, e.g. 10',
  'n2f.quotas.dayStart': 'set n2f.quotas.dayStart to a time such as "06:00"',
  'n2f.quotas.nightStart': 'set n2f.quotas.nightStart to a time such as "20:00"',
  'n2f.quotas.timeZone': 'set n2f.quotas.timeZone to an IANA time zone such as "Europe/Paris"',
  'n2f.timeout': 'set n2f.timeout to the seconds allowed to each N2F call attempt, e.g. 30',
  'n2f.breaker': 'set n2f.breaker to { "threshold": 5, "halfOpenAfter": 30 }, or remove it',
  'n2f.breaker.threshold': 'set n2f.breaker.threshold to the connection failures in a row after which N2F counts as down, e.g. 5',
  'n2f.breaker.halfOpenAfter': 'set n2f.breaker.halfOpenAfter to the seconds before one trial call once N2F counts as down, e.g. 30',
  scopes: 'set scopes to a list such as ["users", "projects", "plates", "subposts"]',
  'scopes.*': 'use one of the known scope names: users, projects, plates, subposts',
  cultures: 'set cultures to a list such as ["fr", "nl"]',
  axeDeleteMode: 'set axeDeleteMode to "delete" or "expire" (validityDateTo set to yesterday)',
  filters: 'give filters per scope, e.g. { "users": { "exclude": [{ "column": "Fonction", "equals": "Stagiaire" }] } }',
  'filters.*': 'give { "include": [rules], "exclude": [rules], "outOfScope": "keep" | "delete" }',
  'filters.*.include': 'list rules such as { "column": "Entreprise", "oneOf": ["BE10", "NL20"] }',
  'filters.*.exclude': 'list rules such as { "column": "Fonction", "equals": "Stagiaire" }',
  'filters.*.outOfScope': 'set it to "keep" (the N2F entity stays, the default) or "delete" (deleted like a removed row, guards apply)',
  safety: 'give safety as an object, e.g. { "maxDeletes": "10%", "protected": ["admin@example.com"] }',
  'safety.maxDeletes': 'set safety.maxDeletes to a count such as 25 or a percentage such as "10%"',
  'safety.maxDeletesByScope': 'set safety.maxDeletesByScope to { "users": 5, "projects": "20%" }',
  'safety.maxDeletesByScope.*': 'set it to a count such as 25 or a percentage such as "10%"',
  'safety.protected': 'set safety.protected to a list of e-mail addresses or glob patterns, e.g. ["*@n2f-admin.example"]',
  'safety.minSourceRatio': 'set safety.minSourceRatio to a number between 0 and 1, e.g. 0.5',
  'safety.massChange': 'give safety.massChange as { "threshold": "20%", "minimum": 10, "fields": { "users": { "jobTitle": {} } }, "allow": [] }',
  'safety.massChange.threshold': 'set it to a count such as 25 or a percentage such as "20%"',
  'safety.massChange.minimum': 'set it to a whole number of entities such as 10',
  'safety.massChange.fields': 'give per scope, per field { "threshold": "5%", "minimum": 3 }, {} or false, e.g. { "users": { "authMode": false } }',
  'safety.massChange.allow': 'list fields let through, e.g. ["managerMail"] or ["users.managerMail"]',
  cache: 'give cache as an object, e.g. { "dir": ".n2f-sync/cache", "ttl": 3600 }',
  'cache.dir': 'set cache.dir to a directory path, e.g. ".n2f-sync/cache"',
  'cache.ttl': 'set cache.ttl to a number of seconds, e.g. 3600',
  outputs: 'give outputs as an object, e.g. { "dir": "runs" }',
  'outputs.dir': 'set outputs.dir to a directory path, e.g. "runs"',
  mapping: 'set mapping to { "enable": ["defaultCostCenter"], "columns": { "jobTitle": "Fonction2" }, "extraColumns": ["Fonction2"] }',
  'mapping.enable': 'list optional N2F user fields to write: defaultCostCenter, ssoLogin, accountingAuxiliaryNotReimbursableAccount, canDefineHisAnalytics',
  'mapping.columns': 'map N2F user fields to Agresso columns, e.g. { "jobTitle": "Fonction2" }',
  'mapping.columns.*': 'give the Agresso column name as a string',
  'mapping.extraColumns': 'list the extra columns your users query returns, e.g. ["Fonction2"]',
  'mapping.createOnly': 'list N2F user fields to send on create only, e.g. ["culture"]',
};

const SECRET_KEY = /pass(word)?|secret|token|user(name)?$|login|client_?id|key$/i;

/** The fix for a problem at `path` (dot path), most specific documented entry first. */
export function fixFor(path: string): string {
  const candidates = [
    path,
    path.replace(/\.\d+(?=\.|$)/g, '.*'),
    path.replace(/\.[^.]+$/, '.*'),
    path.replace(/^(n2f\.quotas)\.(day|night)\./, '$1.*.'),
    path.replace(/^filters\.[^.]+\.(include|exclude|outOfScope)\b.*$/, 'filters.*.$1'),
    path.replace(/^(safety\.massChange\.fields)\..*$/, '$1'),
  ];
  for (const candidate of candidates) {
    const fix = FIXES[candidate];
    if (fix !== undefined) return fix;
  }
  return 'see docs/configuration.md for the keys and their types';
}

/** The fix for an unknown key: secrets belong in env variables, anything else is a typo or misplaced. */
export function fixForUnknownKey(path: string): string {
  const last = path.split('.').at(-1) ?? path;
  if (SECRET_KEY.test(last)) {
    return 'remove it: secrets are read only from environment variables (AGRESSO_DB_USER, AGRESSO_DB_PASSWORD, N2F_CLIENT_ID, N2F_CLIENT_SECRET, N2F_CACHE_KEY or their _FILE forms)';
  }
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  const known = knownKeys(parent);
  return `remove it or correct the spelling${known.length > 0 ? ` (known keys here: ${known.join(', ')})` : ''}`;
}

function knownKeys(parent: string): string[] {
  const prefix = parent === '' ? '' : `${parent}.`;
  const keys = Object.keys(FIXES)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length))
    .filter((rest) => rest !== '' && !rest.includes('.') && rest !== '*');
  return [...new Set(keys)];
}
