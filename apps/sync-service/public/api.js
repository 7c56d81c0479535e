// Calls to the service with its token: asked once, kept for this tab only (sessionStorage) and sent
// as an Authorization header, never a cookie, so another site cannot make the browser use it.

const TOKEN_KEY = 'n2f-sync-service-token';
const RECONNECT_MS = 3000;

let askToken = async () => {
  throw new Error('no token prompt');
};
let pendingPrompt = null;

/** `ask(reason)` shows the token prompt and resolves with the token typed. */
export function onTokenNeeded(ask) {
  askToken = ask;
}

// One prompt for every call that met a 401 at the same time.
function promptForToken(reason) {
  pendingPrompt ??= askToken(reason).then((token) => {
    sessionStorage.setItem(TOKEN_KEY, token);
    pendingPrompt = null;
  });
  return pendingPrompt;
}

/** `fetch` with the token; on a 401 the token is asked for (again) and the call repeated. */
export async function call(path, init = {}) {
  for (;;) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const auth = token ? { authorization: `Bearer ${token}` } : {};
    const res = await fetch(path, { ...init, headers: { ...init.headers, ...auth } });
    if (res.status !== 401) return res;
    sessionStorage.removeItem(TOKEN_KEY);
    await promptForToken(token ? 'The token was refused.' : '');
  }
}

/** GET a JSON document. */
export async function getJson(path) {
  const res = await call(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

/** POST a JSON body; resolves with the status and the answer. */
export async function postJson(path, body) {
  const res = await call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

function parseBlock(block) {
  const fields = {};
  for (const line of block.split('\n')) {
    const at = line.indexOf(': ');
    if (at > 0) fields[line.slice(0, at)] = line.slice(at + 2);
  }
  return fields;
}

async function readStream(path, cursor, onEvent, onOpen) {
  const resume = cursor.lastId ? { 'last-event-id': cursor.lastId } : {};
  const headers = { accept: 'text/event-stream', ...resume };
  const res = await call(path, { headers });
  if (!res.ok || !res.body) throw new Error(`${path}: HTTP ${res.status}`);
  onOpen();
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const fields = parseBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (fields.id) cursor.lastId = fields.id;
      if (fields.data) onEvent(JSON.parse(fields.data));
    }
  }
}

/**
 * Server-sent events over `fetch` (EventSource cannot send a header): `onEvent(event)` per event,
 * `onState('open' | 'reconnecting')`; reconnects after 3 s, resuming with `Last-Event-ID`.
 */
export async function streamEvents(path, onEvent, onState) {
  const cursor = { lastId: null };
  for (;;) {
    try {
      await readStream(path, cursor, onEvent, () => onState('open'));
    } catch {
      // the stream failed: say so and try again
    }
    onState('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
  }
}
