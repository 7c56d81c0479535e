// Rendering of the dashboard from a view; text only through textContent (no HTML from data).

const $ = (id) => document.getElementById(id);
const COUNT_FIELDS = ['created', 'updated', 'deleted', 'invalid', 'failed'];

/** An element with text (set as text, never parsed) and a class. */
export function el(tag, text, className) {
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

/** The run card: title, outcome, per-scope progress bars, counts and ETA. */
export function renderRun(view) {
  $('run-title').textContent = view.runId
    ? `${view.live ? 'Run in progress' : 'Run'} ${view.runId}`
    : 'No run yet';
  const outcome = $('run-outcome');
  outcome.hidden = !view.runId;
  outcome.textContent = view.live ? 'running' : (view.outcome ?? '');
  outcome.className = `pill ${view.live ? 'running' : (view.outcome ?? '')}`;
  const elapsed = view.startedAt
    ? (view.finishedAt ? new Date(view.finishedAt) : new Date()) - new Date(view.startedAt)
    : null;
  $('run-meta').textContent = view.runId
    ? `Started ${time(view.startedAt)} by ${view.trigger === 'api' ? 'a user' : 'the schedule'} · ${view.live ? 'running for' : 'took'} ${duration(elapsed)}${view.dryRun ? ' · dry run' : ''}`
    : 'Start a run with the button above, or wait for the schedule.';
  const rows = [...view.scopes.values()].map((s) => scopeRow(s, view));
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

function scopeRow(s, view) {
  const row = el('tr');
  row.dataset.scope = s.name;
  const name = el('td');
  name.append(el('strong', s.name), el('span', s.status, `status ${s.status}`));
  const percent = s.total > 0 ? Math.round((100 * s.done) / s.total) : isFinished(s) ? 100 : 0;
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
  row.append(el('td', etaText(s, view), 'num'));
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
      el('td', f.scope),
      el('td', f.action),
      el('td', f.key, 'key'),
      el('td', f.code, 'code'),
      el('td', f.message),
    );
    return row;
  });
  $('failure-rows').replaceChildren(...rows);
  $('failures-title').textContent = rows.length > 0 ? `Failures (${rows.length})` : 'Failures';
  $('failures-table').hidden = rows.length === 0;
  $('failures-empty').hidden = rows.length > 0;
}

/** The quota chart: writes and reads per rolling minute over the run, and the write limit. */
export function renderQuota(view) {
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
    svgNode('polyline', {
      points: samples.map((s, i) => `${x(i).toFixed(1)},${y(pick(s)).toFixed(1)}`).join(' '),
      class: className,
    });
  const axis = svgNode('line', { x1: 10, x2: 310, y1: 130, y2: 130, class: 'axis' });
  const labels =
    samples.length === 0
      ? []
      : [
          svgNode('text', { x: 12, y: 9 }, `${max} / min`),
          svgNode(
            'text',
            { x: 308, y: y(last.writes.limit) + 11, 'text-anchor': 'end' },
            `write limit ${last.writes.limit}`,
          ),
          svgNode(
            'text',
            { x: 308, y: 139, 'text-anchor': 'end' },
            duration(new Date(last.at) - new Date(samples[0].at)),
          ),
        ];
  svg.replaceChildren(
    axis,
    line((s) => s.writes.limit, 'limit'),
    line((s) => s.reads.used, 'reads'),
    line((s) => s.writes.used, 'writes'),
    ...labels,
  );
}

function svgNode(tag, attributes, text) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The last runs; a click on one shows it (`onSelect(id)`). */
export function renderHistory(runs, onSelect) {
  const rows = runs.map((run) => {
    const row = el('tr');
    row.dataset.runId = run.id;
    row.tabIndex = 0;
    const outcome = el('td');
    outcome.append(
      el(
        'span',
        run.status === 'finished' ? run.outcome : run.status,
        `pill ${run.status === 'finished' ? run.outcome : run.status}`,
      ),
    );
    row.append(
      el('td', time(run.startedAt)),
      el('td', run.id, 'key'),
      el('td', run.trigger === 'api' ? 'user' : 'schedule'),
      outcome,
    );
    for (const field of COUNT_FIELDS)
      row.append(el('td', run.totals ? run.totals[field] : '', 'num'));
    row.addEventListener('click', () => onSelect(run.id));
    return row;
  });
  $('history-rows').replaceChildren(...rows);
}

/** The header: idle or the run in progress, and the next scheduled run. */
export function renderServiceState(running, nextRunAt) {
  const state = $('service-state');
  state.textContent = running ? `running ${running}` : 'idle';
  state.className = `pill ${running ? 'running' : 'idle'}`;
  $('next-run').textContent = nextRunAt
    ? `next scheduled run ${new Date(nextRunAt).toLocaleString([], { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' })} (Paris)`
    : 'no schedule';
}
