// n2f-sync monitoring dashboard: plain browser JavaScript modules, no build step.
// Live data comes from GET /events (server-sent events); finished runs from GET /runs/:id.
import { getJson, onTokenNeeded, postJson, streamEvents } from './api.js';
import { el } from './format.js';
import { hidePlan, planError, planRefused, renderPlan } from './plan-review.js';
import { renderQuota } from './quota-chart.js';
import { renderFailures, renderHistory, renderRun, renderServiceState } from './render.js';
import { hideDetails, renderDetails } from './run-details.js';
import { applyEvent, emptyView, viewFromRecord } from './run-view.js';

const $ = (id) => document.getElementById(id);

let view = emptyView();
let record = null; // the finished run on screen, for its drill-down
let scopeNames = [];
let currentQuota = null;
let renderQueued = false;

function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    renderRun(view);
    renderFailures(view);
    renderQuota(view.quota, currentQuota);
  });
}

function onEvent(event) {
  if (event.type === 'run-started') {
    hideDetails();
    if (event.kind !== 'plan') hidePlan();
  }
  view = applyEvent(view, event);
  // A run started (here or by the schedule): the header and the history show it at once.
  if (event.type === 'run-started') refreshHistory().catch(() => undefined);
  // The report is in the history when run-finished is sent: show it, it is the reference.
  if (event.type === 'run-finished' && event.runId === view.runId) {
    if (view.kind === 'plan') showPlan(event.runId).catch(() => undefined);
    loadRun(event.runId)
      .then(refreshHistory)
      .catch(() => undefined);
  }
  scheduleRender();
}

// ---- data from the API ----------------------------------------------------------------------

async function refreshHistory() {
  const data = await getJson('/runs?limit=12');
  scopeNames = data.scopes ?? scopeNames;
  currentQuota = data.quota ?? currentQuota;
  renderHistory(data.runs, (id) => {
    if (!view.live) loadRun(id).catch(() => undefined);
  });
  renderServiceState(data.running, data.nextRunAt);
  scheduleRender();
  return data;
}

async function loadRun(runId) {
  const loaded = await getJson(`/runs/${encodeURIComponent(runId)}`);
  if (loaded.status === 'running') return;
  if (record?.id !== loaded.id) hideDetails();
  record = loaded;
  view = viewFromRecord(loaded);
  scheduleRender();
}

async function showDetails() {
  if (!record) return;
  const { writes } = await getJson(`/runs/${encodeURIComponent(record.id)}/entities`);
  renderDetails(record, writes);
  $('details-card').scrollIntoView({ block: 'start' });
}

// ---- plan, review, approve ------------------------------------------------------------------

async function showPlan(planId) {
  const plan = await getJson(`/plans/${encodeURIComponent(planId)}`);
  renderPlan(plan, view.quota.at(-1)?.window ?? currentQuota?.window ?? 'night');
  $('plan-card').scrollIntoView({ block: 'start' });
}

async function planNow() {
  const answer = await postJson('/plans', {});
  if (answer.status !== 202) planRefused(answer.body.message ?? `HTTP ${answer.status}`);
}

async function approvePlan() {
  const planId = $('plan-card').dataset.planId;
  const answer = await postJson(`/plans/${encodeURIComponent(planId)}/apply`, {});
  if (answer.status === 202) hidePlan();
  else planError(answer.body.message ?? `HTTP ${answer.status}`);
}

// ---- the token, asked once per tab ----------------------------------------------------------

function askToken(reason) {
  const dialog = $('token-dialog');
  $('token').value = '';
  $('token-error').textContent = reason;
  $('token-error').hidden = !reason;
  dialog.showModal();
  return new Promise((resolve) => {
    $('token-form').onsubmit = (event) => {
      event.preventDefault();
      const token = $('token').value.trim();
      if (!token) return;
      dialog.close();
      resolve(token);
    };
  });
}

// ---- trigger dialog ---------------------------------------------------------------------------

function openTrigger() {
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
  const checked = (name) =>
    [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
  const body = {
    scopes: checked('scope'),
    actions: checked('action'),
    dryRun: $('dry-run').checked,
  };
  const answer = await postJson('/runs', body);
  if (answer.status === 202) {
    $('trigger-dialog').close();
    return;
  }
  const error = $('trigger-error');
  error.textContent = answer.body.message ?? `HTTP ${answer.status}`;
  error.hidden = false;
}

// ---- start ------------------------------------------------------------------------------------

function onStreamState(state) {
  if (state === 'open') refreshHistory().catch(() => undefined);
  else {
    $('service-state').textContent = 'reconnecting…';
    $('service-state').className = 'pill failed';
  }
}

async function start() {
  onTokenNeeded(askToken);
  $('token-dialog').addEventListener('cancel', (event) => event.preventDefault());
  $('trigger').addEventListener('click', openTrigger);
  $('plan-now').addEventListener('click', () => void planNow());
  $('plan-approve').addEventListener('click', () => void approvePlan());
  $('open-details').addEventListener('click', () => void showDetails());
  $('trigger-cancel').addEventListener('click', () => $('trigger-dialog').close());
  $('trigger-form').addEventListener('submit', (event) => void submitTrigger(event));
  const data = await refreshHistory().catch(() => null);
  const last = data?.runs[0];
  if (last && !data.running) await loadRun(last.id);
  void streamEvents('/events', onEvent, onStreamState);
  setInterval(() => {
    if (view.live) scheduleRender();
  }, 1000);
}

void start();
