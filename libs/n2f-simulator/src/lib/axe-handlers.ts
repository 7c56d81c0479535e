import * as v from 'valibot';
import type { ApiContext } from './api-context.js';
import { AxeValuePayloadSchema } from './axe-value-schema.js';
import type { AxeValueRecord } from './axe-values.js';
import { failure, isReply, json, type Reply } from './http-io.js';
import { issuesToErrors } from './issues.js';
import type { KeyedList } from './keyed-list.js';
import { parsePaging, takePage } from './paging.js';
import { withNulls } from './render.js';

/** The values of the axe named by the path, or a 404 naming what is unknown. */
function axeOf({ runtime, params }: ApiContext): KeyedList<AxeValueRecord> | Reply {
  const [company = '', axe = ''] = params;
  if (!runtime.store.account.customAxes(company))
    return failure(404, `Unknown company "${company}"`);
  return (
    runtime.store.axeValues.axe(company, axe) ??
    failure(404, `Unknown axe "${axe}" in company "${company}"`)
  );
}

/** `GET /companies/{company}/axes/{axe}`, paged. */
export function listAxeValues(context: ApiContext): Reply {
  const values = axeOf(context);
  if (isReply(values)) return values;
  const paging = parsePaging(context.query);
  if (isReply(paging)) return paging;
  const page = takePage(values, paging, context.runtime.faults);
  return json(200, { response: { data: page.map((value) => withNulls(value, context.view)) } });
}

/** `POST /companies/{company}/axes/{axe}`: upsert keyed by code; 201 when created, 200 when replaced. */
export function upsertAxeValue(context: ApiContext): Reply {
  const values = axeOf(context);
  if (isReply(values)) return values;
  const parsed = v.safeParse(AxeValuePayloadSchema, context.body);
  if (!parsed.success) return failure(400, 'Invalid axe value', issuesToErrors(parsed.issues));
  const { created, record } = context.runtime.store.axeValues.upsert(values, parsed.output);
  return json(created ? 201 : 200, { response: { data: withNulls(record, context.view) } });
}

/** `DELETE /companies/{company}/axes/{axe}/{code}`: 404 when the axe or the code is unknown. */
export function deleteAxeValue(context: ApiContext): Reply {
  const values = axeOf(context);
  if (isReply(values)) return values;
  const code = context.params[2] ?? '';
  const record = values.delete(code);
  if (!record) return failure(404, `Unknown code "${code}"`);
  return json(200, { response: { data: withNulls(record, context.view) } });
}
