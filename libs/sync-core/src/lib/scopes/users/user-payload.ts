import type { N2fUserPayload } from '@n2f/n2f-client';
import type { CanonicalRecord } from '../../canonical/canonical-value.js';
import type { ConversionContext } from './converters.js';
import type { UserMapping } from './user-mapping.js';

/** The full `POST /users` body for a canonical user: every mapped field, `null` when absent. */
export function userPayload(
  mapping: UserMapping,
  record: CanonicalRecord,
  context: ConversionContext,
): N2fUserPayload {
  const body: Record<string, string | boolean | null> = {};
  for (const entry of mapping.fields)
    body[entry.field] = entry.convert.toPayload(record[entry.field] ?? null, context);
  return {
    ...body,
    mail: text(body['mail']),
    company: text(body['company']),
    role: text(body['role']),
    profile: text(body['profile']),
  };
}

function text(value: string | boolean | null | undefined): string {
  return typeof value === 'string' ? value : '';
}
