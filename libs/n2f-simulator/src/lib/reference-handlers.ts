import type { ApiContext } from './api-context.js';
import { failure, isReply, json, type Reply } from './http-io.js';
import { parsePaging, takePage } from './paging.js';
import { withNulls } from './render.js';

/** `GET /companies`, paged. */
export function listCompanies({ runtime, query, view }: ApiContext): Reply {
  const paging = parsePaging(query);
  if (isReply(paging)) return paging;
  const page = takePage(runtime.store.account.companies, paging, runtime.faults);
  return json(200, { response: { data: page.map((c) => withNulls(c, view)) } });
}

/** `GET /roles`: the whole list, not paged, directly under `response`. */
export function listRoles({ runtime }: ApiContext): Reply {
  return json(200, { response: runtime.store.account.roles.items });
}

/** `GET /userprofiles`: the whole list, not paged, directly under `response`. */
export function listProfiles({ runtime }: ApiContext): Reply {
  return json(200, { response: runtime.store.account.profiles.items });
}

/** `GET /companies/{company}/axes`: the company's custom axes, paged. */
export function listCustomAxes({ runtime, params, query }: ApiContext): Reply {
  const [company = ''] = params;
  const axes = runtime.store.account.customAxes(company);
  if (!axes) return failure(404, `Unknown company "${company}"`);
  const paging = parsePaging(query);
  if (isReply(paging)) return paging;
  const page = takePage(axes, paging, runtime.faults);
  return json(200, { response: { data: page.map(({ uuid, names }) => ({ uuid, names })) } });
}
