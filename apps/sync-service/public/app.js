// n2f-sync monitoring dashboard: plain browser JavaScript modules, no build step.
// Live data comes from GET /events (server-sent events); finished runs from GET /runs/:id.
import { applyEvent, emptyView, viewFromRecord } from './run-view.js';
import {
  el,
  renderFailures,
  renderHistory,
  renderQuota,
  renderRun,
  renderServiceState,
} from './render.js';

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'n2f-sync-service-token';

let view = emptyView();
let scopeNames = [];
let renderQueued = false;

function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    renderRun(view);
    renderFailures(view);
    renderQuota(view);
  });
}

function onEvent(message) {
  const event = JSON.parse(message.data);
  view = applyEvent(view, event);
  // A run started (here or by the schedule): the header and the history show it at once.
  if (event.type === 'run-started') refreshHistory().catch(() => undefined);
  // The report is in the history when run-finished is sent: show it, it is the reference.
  if (event.type === 'run-finished' && event.runId === view.runId) {
    loadRun(event.runId)
      .then(refreshHistory)
      .catch(() => undefined);
  }
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
  renderHistory(data.runs, (id) => {
    if (!view.live) loadRun(id).catch(() => undefined);
  });
  renderServiceState(data.running, data.nextRunAt);
  return data;
}

async function loadRun(runId) {
  const record = await getJson(`/runs/${encodeURIComponent(runId)}`);
  if (record.status === 'running') return;
  view = viewFromRecord(record);
  scheduleRender();
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
  const checked = (name) =>
    [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
  const body = {
    scopes: checked('scope'),
    actions: checked('action'),
    dryRun: $('dry-run').checked,
  };
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
  error.textContent =
    res.status === 401 ? 'The token was refused.' : (answer.message ?? `HTTP ${res.status}`);
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
  setInterval(() => {
    if (view.live) scheduleRender();
  }, 1000);
}

void start();
