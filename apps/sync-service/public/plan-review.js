// The plan card: what "Plan now" would do, scope by scope, before it is approved.
import { changesTable, invalidTable } from './changes.js';
import { duration, el, time } from './format.js';

const $ = (id) => document.getElementById(id);

function countsLine(c) {
  const skipped = c.skipped.creates + c.skipped.updates + c.skipped.deletes;
  return `${c.creates} to create, ${c.updates} to update, ${c.deletes} to delete, ${c.unchanged} unchanged, ${skipped} skipped, ${c.invalid} invalid`;
}

function scopeBlock(scope, window) {
  const block = el('section', null, 'plan-scope');
  block.dataset.scope = scope.scope;
  block.append(el('h3', scope.scope));
  if (scope.status === 'failed') {
    block.append(el('p', `Cannot be planned: ${scope.error}`, 'error'));
    return block;
  }
  const eta = scope.durationMs
    ? ` · ≈ ${duration(scope.durationMs[window])} at the ${window} quota`
    : '';
  block.append(el('p', `${countsLine(scope.counts)}${eta}`, 'muted'));
  if (scope.guard)
    block.append(
      el(
        'p',
        `Guard would hold the deletes: ${scope.guard.message} (${scope.guard.override})`,
        'guard',
      ),
    );
  if (scope.entries.length > 0) block.append(changesTable(scope.entries));
  if (scope.entriesLeftOut > 0)
    block.append(el('p', `…and ${scope.entriesLeftOut} more, left out here.`, 'muted'));
  if (scope.invalid.length > 0) {
    block.append(el('h4', `Invalid rows (${scope.invalid.length}), not sent`));
    block.append(invalidTable(scope.invalid));
  }
  return block;
}

/** Shows `plan` (`GET /plans/:id`); `window` is the quota window in force, for the ETA. */
export function renderPlan(plan, window) {
  const card = $('plan-card');
  card.hidden = false;
  card.dataset.planId = plan.id;
  $('plan-title').textContent = `Plan ${plan.id}`;
  const total = plan.scopes.reduce((sum, s) => sum + (s.durationMs?.[window] ?? 0), 0);
  const state =
    plan.state === 'ready'
      ? `approve before ${time(plan.expiresAt)}`
      : plan.state === 'expired'
        ? 'expired: plan again'
        : `applied by run ${plan.appliedBy}`;
  $('plan-meta').textContent =
    `Made ${time(plan.createdAt)} · ${plan.actions.join(', ')} · ≈ ${duration(total)} to apply · ${state}`;
  $('plan-scopes').replaceChildren(...plan.scopes.map((s) => scopeBlock(s, window)));
  $('plan-approve').hidden = plan.state !== 'ready';
  $('plan-error').hidden = true;
}

/** Hides the plan card (approved, or another run took the screen). */
export function hidePlan() {
  $('plan-card').hidden = true;
}

/** Says why the plan could not be applied. */
export function planError(message) {
  $('plan-error').textContent = message;
  $('plan-error').hidden = false;
}

/** Says why no plan could be made (a run in progress…), in the plan card. */
export function planRefused(message) {
  $('plan-card').hidden = false;
  $('plan-title').textContent = 'No plan made';
  $('plan-meta').textContent = '';
  $('plan-scopes').replaceChildren();
  $('plan-approve').hidden = true;
  planError(message);
}
