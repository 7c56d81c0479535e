// The state of the run on screen, built from the service's events or from a stored record.

export function emptyView() {
  return {
    runId: null,
    live: false,
    trigger: '',
    startedAt: null,
    finishedAt: null,
    outcome: null,
    dryRun: false,
    kind: 'sync',
    scopes: new Map(),
    failures: [],
    quota: [],
    totals: null,
  };
}

function scopeState(v, name) {
  if (!v.scopes.has(name))
    v.scopes.set(name, {
      name,
      status: 'pending',
      done: 0,
      total: 0,
      etaMs: null,
      counts: null,
      estimate: null,
    });
  return v.scopes.get(name);
}

const handlers = {
  'run-started'(view, e) {
    Object.assign(view, {
      runId: e.runId,
      live: true,
      trigger: e.trigger,
      startedAt: e.at,
      dryRun: e.dryRun,
      kind: e.kind ?? (e.dryRun ? 'dry-run' : 'sync'),
    });
    for (const scope of e.scopes) scopeState(view, scope);
  },
  'scope-started'(view, e) {
    scopeState(view, e.scope).status = 'loading';
  },
  'plan-ready'(view, e) {
    const s = scopeState(view, e.scope);
    Object.assign(s, {
      status: 'planned',
      total: e.counts.creates + e.counts.updates + e.counts.deletes,
      estimate: e.estimate,
    });
  },
  operation(view, e) {
    Object.assign(scopeState(view, e.scope), {
      status: 'writing',
      done: e.done,
      total: e.total,
      etaMs: e.etaMs ?? null,
    });
  },
  quota(view, e) {
    view.quota.push(e);
  },
  'scope-finished'(view, e) {
    const s = scopeState(view, e.scope);
    const total = Math.max(1, s.total);
    Object.assign(s, { status: e.status, counts: e.counts, etaMs: null, done: total, total });
    addFailures(view, e.scope, e.failures, e.guard, e.error);
  },
  'run-finished'(view, e) {
    Object.assign(view, { live: false, outcome: e.outcome, totals: e.totals, finishedAt: e.at });
  },
};

function addFailures(v, scope, failures, guard, error) {
  for (const f of failures)
    v.failures.push({ scope, action: f.action, key: f.key, code: f.code, message: f.message });
  if (guard)
    v.failures.push({ scope, action: 'delete', key: '—', code: 'GUARD_HELD', message: guard });
  if (error)
    v.failures.push({ scope, action: '—', key: '—', code: 'SCOPE_FAILED', message: error });
}

/** The view after `event`: a new one when a run starts, else `view` updated; events of another run are ignored. */
export function applyEvent(view, event) {
  if (event.type === 'run-started') {
    const fresh = emptyView();
    handlers['run-started'](fresh, event);
    return fresh;
  }
  if (event.runId === view.runId) handlers[event.type]?.(view, event);
  return view;
}

/** The view of a finished run from its record (`GET /runs/:id`): the report is the reference. */
export function viewFromRecord(record) {
  const v = emptyView();
  const report = record.report;
  Object.assign(v, {
    runId: record.id,
    trigger: record.trigger,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    dryRun: record.request.dryRun,
    kind: record.request.kind ?? (record.request.dryRun ? 'dry-run' : 'sync'),
    quota: record.quota,
  });
  v.outcome = report ? report.outcome : record.status;
  v.totals = report ? report.totals : null;
  for (const scope of report ? report.scopes : []) {
    Object.assign(scopeState(v, scope.scope), {
      status: scope.status,
      counts: scope.counts,
      done: 1,
      total: 1,
    });
    addFailures(v, scope.scope, scope.failures, scope.guard?.message, scope.error?.message);
  }
  return v;
}
