// Rendering of the dashboard from a view; text only through textContent (no HTML from data).
import { duration, el, parisTime, time } from './format.js';

const $ = (id) => document.getElementById(id);

/** The count columns, in table order, with their headers. */
export const COUNT_COLUMNS = [
  ['created', 'Created'],
  ['updated', 'Updated'],
  ['deleted', 'Deleted'],
  ['unchanged', 'Unchanged'],
  ['skipped', 'Skipped'],
  ['invalid', 'Invalid'],
  ['failed', 'Failed'],
];

/** A cell with the label the narrow layout shows above its value. */
function cell(text, label, className) {
  const td = el('td', text, className);
  td.dataset.label = label;
  return td;
}

function countCells(counts) {
  return COUNT_COLUMNS.map(([field, label]) => cell(counts ? counts[field] : '', label, 'num'));
}

/** What a run is, as its title and history tag say: dry runs and plans write nothing. */
const KINDS = {
  sync: { title: 'Run', tag: null },
  'dry-run': { title: 'Dry run', tag: 'dry run' },
  plan: { title: 'Plan', tag: 'plan' },
  apply: { title: 'Run applying a plan', tag: 'applies a plan' },
};

/** The run card: the guide when nothing is on screen, else title, outcome, per-scope bars, counts and ETA. */
export function renderRun(view) {
  const idle = !view.runId;
  $('idle-guide').hidden = !idle;
  $('run-body').hidden = idle;
  $('run-title').textContent = idle
    ? 'Nothing has run yet'
    : `${KINDS[view.kind].title} ${view.runId}`;
  $('open-details').hidden = idle || view.live;
  $('run-title').dataset.runId = view.runId ?? '';
  const outcome = $('run-outcome');
  outcome.hidden = idle;
  outcome.textContent = view.live ? 'running' : (view.outcome ?? '');
  outcome.className = `pill ${view.live ? 'running' : (view.outcome ?? '')}`;
  if (idle) return;
  const elapsed =
    (view.finishedAt ? new Date(view.finishedAt) : new Date()) - new Date(view.startedAt);
  $('run-meta').textContent =
    `Started ${time(view.startedAt)} by ${view.trigger === 'api' ? 'a user' : 'the schedule'} · ${view.live ? 'running for' : 'took'} ${duration(elapsed)}${view.dryRun ? ' · dry run: nothing written' : ''}`;
  $('scope-rows').replaceChildren(...[...view.scopes.values()].map((s) => scopeRow(s, view)));
  const totals = el('tr');
  totals.id = 'totals-row';
  if (view.totals) totals.append(el('th', 'Total', 'wide'), el('td', null, 'wide-empty'));
  if (view.totals) totals.append(...countCells(view.totals), el('td', null, 'wide-empty'));
  $('totals-row').replaceWith(totals);
}

function scopeRow(s, view) {
  const row = el('tr');
  row.dataset.scope = s.name;
  const name = el('td', null, 'wide');
  name.append(el('strong', s.name), el('span', s.status, `status ${s.status}`));
  const percent = s.total > 0 ? Math.round((100 * s.done) / s.total) : isFinished(s) ? 100 : 0;
  const bar = el('div', null, `bar ${s.status}`);
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-label', `${s.name} progress`);
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.setAttribute('aria-valuenow', String(percent));
  const fill = el('div', null, 'fill');
  fill.style.width = `${percent}%`;
  bar.append(fill, el('span', barLabel(s, percent), 'label'));
  const progress = el('td', null, 'progress-col wide');
  progress.append(bar);
  row.append(name, progress, ...countCells(s.counts), cell(etaText(s, view), 'ETA', 'num'));
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

function etaText(s, view) {
  if (s.status === 'writing') return duration(s.etaMs);
  if (s.status === 'planned' && s.estimate) {
    const window = view.quota.at(-1)?.window ?? 'night';
    return `≈ ${duration(s.estimate.durationMs[window])}`;
  }
  return '—';
}

/** The failures of the run with N2F's reasons, guards held and scopes that could not run. */
export function renderFailures(view) {
  const rows = view.failures.map((f) => {
    const row = el('tr');
    row.append(
      cell(f.scope, 'Scope'),
      cell(f.action, 'Action'),
      cell(f.key, 'Key', 'key wide'),
      cell(f.code, 'Code', 'code'),
      cell(f.message, 'Reason', 'wide'),
    );
    return row;
  });
  $('failure-rows').replaceChildren(...rows);
  $('failures-title').textContent = rows.length > 0 ? `Failures (${rows.length})` : 'Failures';
  $('failures-table').hidden = rows.length === 0;
  $('failures-empty').hidden = rows.length > 0;
  $('failures-empty').textContent = view.runId
    ? 'No failure in this run.'
    : 'The writes N2F refuses, with its reasons, will be listed here.';
}

/** The last runs, dry runs marked as such; a click on one shows it (`onSelect(id)`). */
export function renderHistory(runs, onSelect) {
  const rows = runs.map((run) => {
    const row = el('tr');
    row.dataset.runId = run.id;
    row.tabIndex = 0;
    const state = run.status === 'finished' ? run.outcome : run.status;
    const outcome = cell(null, 'Outcome');
    outcome.append(el('span', state, `pill ${state}`));
    const id = cell(null, 'Run', 'wide');
    id.append(el('span', run.id, 'key'));
    const tag = KINDS[run.kind]?.tag;
    if (tag) id.append(' ', el('span', tag, `tag ${run.kind}`));
    row.append(
      cell(time(run.startedAt), 'Started'),
      id,
      cell(run.trigger === 'api' ? 'user' : 'schedule', 'By'),
      outcome,
      ...countCells(run.totals),
    );
    row.addEventListener('click', () => onSelect(run.id));
    row.addEventListener('keydown', (event) => event.key === 'Enter' && onSelect(run.id));
    return row;
  });
  if (rows.length === 0) {
    const empty = el('td', 'No run yet: runs started here or by the schedule are listed here.');
    empty.colSpan = 4 + COUNT_COLUMNS.length;
    rows.push(el('tr', null, 'empty'));
    rows[0].append(empty);
  }
  $('history-rows').replaceChildren(...rows);
}

/** The header: idle or the run in progress; the next scheduled run, in the header and the guide. */
export function renderServiceState(running, nextRunAt) {
  const state = $('service-state');
  state.textContent = running ? `running ${running}` : 'idle';
  state.className = `pill ${running ? 'running' : 'idle'}`;
  $('next-run').textContent = nextRunAt ? `next run ${parisTime(nextRunAt)}` : 'no schedule';
  $('idle-schedule').textContent = nextRunAt
    ? `the next scheduled run starts ${parisTime(nextRunAt)}.`
    : 'no schedule is set (SYNC_SERVICE_CRON).';
}
