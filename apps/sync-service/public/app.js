// n2f-sync monitoring dashboard: plain browser JavaScript, no build step.
// Live data comes from GET /events (server-sent events); finished runs from GET /runs/:id.
'use strict';

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'n2f-sync-service-token';
const COUNT_FIELDS = ['created', 'updated', 'deleted', 'invalid', 'failed'];

let view = emptyView();
let scopeNames = [];
let renderQueued = false;

function emptyView() {
  return { runId: null, live: false, trigger: '', startedAt: null, finishedAt: null, outcome: null, dryRun: false, scopes: new Map(), failures: [], quota: [], totals: null };
}

function scopeState(v, name) {
  if (!v.scopes.has(name)) v.scopes.set(name, { name, status: 'pending', done: 0, total: 0, etaMs: null, counts: null, estimate: null });
  return v.scopes.get(name);
}

// ---- events -------------------------------------------------------------------------------

const handlers = {
  'run-started'(e) {
    view = emptyView();
    Object.assign(view, { runId: e.runId, live: true, trigger: e.trigger, startedAt: e.at, dryRun: e.dryRun });
    for (const scope of e.scopes) scopeState(view, scope);
  },
  'scope-started'(e) {
    scopeState(view, e.scope).status = 'loading';
  },
  'plan-ready'(e) {
    const s = scopeState(view, e.scope);
    Object.assign(s, { status: 'planned', total: e.counts.creates + e.counts.updates + e.counts.deletes, estimate: e.estimate });
  },
  operation(e) {
    Object.assign(scopeState(view, e.scope), { status: 'writing', done: e.done, total: e.total, etaMs: e.etaMs ?? null });
  },
  quota(e) {
    view.quota.push(e);
  },
  'scope-finished'(e) {
    const s = scopeState(view, e.scope);
    const total = Math.max(1, s.total);
    Object.assign(s, { status: e.status, counts: e.counts, etaMs: null, done: total, total });
    addFailures(view, e.scope, e.failures, e.guard, e.error);
  },
  'run-finished'(e) {
    Object.assign(view, { live: false, outcome: e.outcome, totals: e.totals, finishedAt: e.at });
    // The report is in the history when this event is sent: show it, it is the reference.
    loadRun(e.runId).then(refreshHistory).catch(() => undefined);
  },
};

function addFailures(v, scope, failures, guard, error) {
  for (const f of failures) v.failures.push({ scope, action: f.action, key: f.key, code: f.code, message: f.message });
  if (guard) v.failures.push({ scope, action: 'delete', key: '—', code: 'GUARD_HELD', message: guard });
  if (error) v.failures.push({ scope, action: '—', key: '—', code: 'SCOPE_FAILED', message: error });
}

function onEvent(message) {
  const event = JSON.parse(message.data);
  if (event.runId !== view.runId && event.type !== 'run-started') return;
  handlers[event.type]?.(event);
  // A run started (here or by the schedule): the header and the history show it at once.
  if (event.type === 'run-started') refreshHistory().catch(() => undefined);
  scheduleRender();
}

// ---- data from the API ----------------------------------------------------------------------

async function getJson(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

async function refreshHistory() {
  const data = await getJson('/runs?limit=12');
  scopeNames = data.scopes ?? scopeNames;
  renderHistory(data.runs);
  renderServiceState(data.running, data.nextRunAt);
  return data;
}

async function loadRun(runId) {
  const record = await getJson(`/runs/${encodeURIComponent(runId)}`);
  if (record.status === 'running') return;
  view = viewFromRecord(record);
  scheduleRender();
}

function viewFromRecord(record) {
  const v = emptyView();
  const report = record.report;
  Object.assign(v, { runId: record.id, trigger: record.trigger, startedAt: record.startedAt, finishedAt: record.finishedAt, dryRun: record.request.dryRun, quota: record.quota });
  v.outcome = report ? report.outcome : record.status;
  v.totals = report ? report.totals : null;
  for (const scope of report ? report.scopes : []) {
    Object.assign(scopeState(v, scope.scope), { status: scope.status, counts: scope.counts, done: 1, total: 1 });
    addFailures(v, scope.scope, scope.failures, scope.guard?.message, scope.error?.message);
  }
  return v;
}

// ---- rendering -------------------------------------------------------------------------------

function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    renderRun();
    renderFailures();
    renderQuota();
  });
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function duration(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms > 0 && ms < 1000) return '< 1 s';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'medium' }) : '—';
}

function renderRun() {
  $('run-title').textContent = view.runId ? `${view.live ? 'Run in progress' : 'Run'} ${view.runId}` : 'No run yet';
  const outcome = $('run-outcome');
  outcome.hidden = !view.runId;
  outcome.textContent = view.live ? 'running' : (view.outcome ?? '');
  outcome.className = `pill ${view.live ? 'running' : (view.outcome ?? '')}`;
  const elapsed = view.startedAt ? (view.finishedAt ? new Date(view.finishedAt) : new Date()) - new Date(view.startedAt) : null;
  $('run-meta').textContent = view.runId
    ? `Started ${time(view.startedAt)} by ${view.trigger === 'api' ? 'a user' : 'the schedule'} · ${view.live ? 'running for' : 'took'} ${duration(elapsed)}${view.dryRun ? ' · dry run' : ''}`
    : 'Start a run with the button above, or wait for the schedule.';
  const rows = [...view.scopes.values()].map(scopeRow);
  $('scope-rows').replaceChildren(...rows);
  const totals = el('tr');
  if (view.totals) {
    totals.append(el('th', 'Total'), el('td'));
    for (const field of COUNT_FIELDS) totals.append(el('td', view.totals[field], 'num'));
    totals.append(el('td'));
  }
  $('totals-row').replaceWith(totals);
  totals.id = 'totals-row';
}

function scopeRow(s) {
  const row = el('tr');
  row.dataset.scope = s.name;
  const name = el('td');
  name.append(el('strong', s.name), el('span', s.status, `status ${s.status}`));
  const percent = s.total > 0 ? Math.round((100 * s.done) / s.total) : (isFinished(s) ? 100 : 0);
  const bar = el('div', null, `bar ${s.status}`);
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.setAttribute('aria-valuenow', String(percent));
  const fill = el('div', null, 'fill');
  fill.style.width = `${percent}%`;
  bar.append(fill, el('span', barLabel(s, percent), 'label'));
  const progress = el('td', null, 'progress-col');
  progress.append(bar);
  row.append(name, progress);
  for (const field of COUNT_FIELDS) row.append(el('td', s.counts ? s.counts[field] : '', 'num'));
  row.append(el('td', etaText(s), 'num'));
  return row;
}

function barLabel(s, percent) {
  if (isFinished(s)) return `${percent}%`;
  if (s.status === 'pending') return 'waiting';
  if (s.status === 'loading') return 'reading N2F and Agresso…';
  if (s.status === 'planned' && s.total === 0) return 'nothing to write';
  return `${s.done} / ${s.total} · ${percent}%`;
}

function isFinished(s) {
  return ['success', 'partial', 'failed', 'skipped', 'aborted'].includes(s.status);
}

function etaText(s) {
  if (s.status === 'writing') return duration(s.etaMs);
  if (s.status === 'planned' && s.estimate) {
    const window = view.quota.at(-1)?.window ?? 'night';
    return `≈ ${duration(s.estimate.durationMs[window])}`;
  }
  return '—';
}

function renderFailures() {
  const rows = view.failures.map((f) => {
    const row = el('tr');
    row.append(el('td', f.scope), el('td', f.action), el('td', f.key, 'key'), el('td', f.code, 'code'), el('td', f.message));
    return row;
  });
  $('failure-rows').replaceChildren(...rows);
  $('failures-title').textContent = rows.length > 0 ? `Failures (${rows.length})` : 'Failures';
  $('failures-table').hidden = rows.length === 0;
  $('failures-empty').hidden = rows.length > 0;
}

function renderQuota() {
  const svg = $('quota-chart');
  const samples = view.quota;
  const last = samples.at(-1);
  $('quota-window').textContent = last ? `${last.window} window` : '';
  $('quota-now').textContent = last
    ? `Last minute: ${last.writes.used} / ${last.writes.limit} writes, ${last.reads.used} / ${last.reads.limit} reads${last.enforced === false ? ' (quotas off: the service does not wait)' : ''}`
    : 'No sample yet.';
  const max = Math.max(1, ...samples.flatMap((s) => [s.writes.used, s.writes.limit, s.reads.used]));
  const x = (i) => (samples.length < 2 ? 0 : (300 * i) / (samples.length - 1)) + 10;
  const y = (value) => 130 - (114 * value) / max;
  const line = (pick, className) =>
    svgNode('polyline', { points: samples.map((s, i) => `${x(i).toFixed(1)},${y(pick(s)).toFixed(1)}`).join(' '), class: className });
  const axis = svgNode('line', { x1: 10, x2: 310, y1: 130, y2: 130, class: 'axis' });
  const labels = samples.length === 0 ? [] : [
    svgNode('text', { x: 12, y: 9 }, `${max} / min`),
    svgNode('text', { x: 308, y: y(last.writes.limit) + 11, 'text-anchor': 'end' }, `write limit ${last.writes.limit}`),
    svgNode('text', { x: 308, y: 139, 'text-anchor': 'end' }, duration(new Date(last.at) - new Date(samples[0].at))),
  ];
  svg.replaceChildren(axis, line((s) => s.writes.limit, 'limit'), line((s) => s.reads.used, 'reads'), line((s) => s.writes.used, 'writes'), ...labels);
}

function svgNode(tag, attributes, text) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderHistory(runs) {
  const rows = runs.map((run) => {
    const row = el('tr');
    row.dataset.runId = run.id;
    row.tabIndex = 0;
    const outcome = el('td');
    outcome.append(el('span', run.status === 'finished' ? run.outcome : run.status, `pill ${run.status === 'finished' ? run.outcome : run.status}`));
    row.append(el('td', time(run.startedAt)), el('td', run.id, 'key'), el('td', run.trigger === 'api' ? 'user' : 'schedule'), outcome);
    for (const field of COUNT_FIELDS) row.append(el('td', run.totals ? run.totals[field] : '', 'num'));
    row.addEventListener('click', () => { if (!view.live) loadRun(run.id); });
    return row;
  });
  $('history-rows').replaceChildren(...rows);
}

function renderServiceState(running, nextRunAt) {
  const state = $('service-state');
  state.textContent = running ? `running ${running}` : 'idle';
  state.className = `pill ${running ? 'running' : 'idle'}`;
  $('next-run').textContent = nextRunAt
    ? `next scheduled run ${new Date(nextRunAt).toLocaleString([], { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' })} (Paris)`
    : 'no schedule';
}

// ---- trigger dialog ---------------------------------------------------------------------------

function openTrigger() {
  $('token').value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  $('trigger-error').hidden = true;
  const choices = scopeNames.map((name) => {
    const label = el('label');
    const box = el('input');
    Object.assign(box, { type: 'checkbox', name: 'scope', value: name, checked: true });
    label.append(box, ` ${name}`);
    return label;
  });
  $('scope-choices').replaceChildren(...choices);
  $('trigger-dialog').showModal();
}

async function submitTrigger(event) {
  event.preventDefault();
  const token = $('token').value.trim();
  const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
  const body = { scopes: checked('scope'), actions: checked('action'), dryRun: $('dry-run').checked };
  const res = await fetch('/runs', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = await res.json().catch(() => ({}));
  if (res.status === 202) {
    sessionStorage.setItem(TOKEN_KEY, token);
    $('trigger-dialog').close();
    return;
  }
  if (res.status === 401) sessionStorage.removeItem(TOKEN_KEY);
  const error = $('trigger-error');
  error.textContent = res.status === 401 ? 'The token was refused.' : (answer.message ?? `HTTP ${res.status}`);
  error.hidden = false;
}

// ---- start ------------------------------------------------------------------------------------

function connect() {
  const source = new EventSource('/events');
  source.onmessage = onEvent;
  source.onopen = () => refreshHistory().catch(() => undefined);
  source.onerror = () => {
    $('service-state').textContent = 'reconnecting…';
    $('service-state').className = 'pill failed';
  };
}

async function start() {
  $('trigger').addEventListener('click', openTrigger);
  $('trigger-cancel').addEventListener('click', () => $('trigger-dialog').close());
  $('trigger-form').addEventListener('submit', (event) => void submitTrigger(event));
  const data = await refreshHistory().catch(() => null);
  const last = data?.runs[0];
  if (last && !data.running) await loadRun(last.id);
  connect();
  setInterval(() => { if (view.live) scheduleRender(); }, 1000);
}

void start();
