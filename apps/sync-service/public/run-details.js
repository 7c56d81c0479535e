// The drill-down of a finished run: the entities it wrote (before/after, from its audit trail),
// its failures and invalid rows with their fixes, and the skipped and unchanged counts.
import { changesTable, invalidTable } from './changes.js';
import { el } from './format.js';

const $ = (id) => document.getElementById(id);

function scopeBlock(scope, writes) {
  const block = el('section', null, 'plan-scope');
  block.dataset.scope = scope.scope;
  block.append(el('h3', `${scope.scope} · ${scope.status}`));
  const c = scope.counts;
  block.append(
    el(
      'p',
      `${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged, ${c.skipped} skipped, ${c.invalid} invalid, ${c.failed} failed`,
      'muted',
    ),
  );
  if (writes.length > 0) block.append(changesTable(writes));
  if (scope.guard) block.append(el('p', `Guard held the deletes: ${scope.guard.message}`, 'guard'));
  if (scope.error) block.append(el('p', `Could not run: ${scope.error.message}`, 'error'));
  if (scope.invalid.length > 0) {
    block.append(el('h4', `Invalid rows (${scope.invalid.length}), not sent`));
    block.append(invalidTable(scope.invalid));
  }
  return block;
}

/** Shows what the run of `record` did; `writes` are the lines of `GET /runs/:id/entities`. */
export function renderDetails(record, writes) {
  $('details-card').hidden = false;
  $('details-title').textContent = `What run ${record.id} did`;
  const scopes = record.report?.scopes ?? [];
  const blocks = scopes.map((s) =>
    scopeBlock(
      s,
      writes.filter((w) => w.scope === s.scope),
    ),
  );
  if (blocks.length === 0) blocks.push(el('p', 'This run has no report.', 'muted'));
  if (record.request.dryRun)
    blocks.unshift(el('p', 'A dry run or a plan: nothing was written.', 'muted'));
  $('details-body').replaceChildren(...blocks);
}

/** Hides the drill-down. */
export function hideDetails() {
  $('details-card').hidden = true;
}
