// Tables of entity changes (a plan's diff, a run's writes) and of invalid rows, text only.
import { el } from './format.js';

/** A canonical value as text: localized names as `fr: …, nl: …`, nothing as `—`. */
export function valueText(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([culture, text]) => `${culture}: ${text}`)
      .join(', ');
  return String(value);
}

function cell(text, label, className) {
  const td = el('td', text, className);
  td.dataset.label = label;
  return td;
}

function table(headers, rows) {
  const head = el('thead');
  const line = el('tr');
  line.append(...headers.map((h) => el('th', h)));
  head.append(line);
  const body = el('tbody');
  body.append(...rows);
  const node = el('table', null, 'stack compact');
  node.append(head, body);
  return node;
}

/** The fields an entity changes, one line each: `field: before → after`. */
function changeList(changes) {
  const list = el('ul', null, 'changes');
  for (const c of changes) {
    const item = el('li');
    item.append(
      el('span', `${c.field}: `, 'field'),
      el('del', valueText(c.before)),
      ' → ',
      el('ins', valueText(c.after)),
    );
    list.append(item);
  }
  return list;
}

/** Entities with their changes: `{ action, key, changes, outcome?, message?, protected? }`. */
export function changesTable(entries) {
  const rows = entries.map((e) => {
    const row = el('tr');
    row.dataset.key = e.key;
    const changes = cell(null, 'Changes', 'wide');
    changes.append(changeList(e.changes ?? []));
    if (e.message) changes.append(el('p', e.message, 'error'));
    const action = e.protected ? `${e.action} (protected: kept)` : e.action;
    row.append(cell(action, 'Action'), cell(e.key, 'Key', 'key wide'));
    if (e.outcome) row.append(cell(e.outcome, 'Outcome'));
    row.append(changes);
    return row;
  });
  const outcome = entries.some((e) => e.outcome) ? ['Outcome'] : [];
  return table(['Action', 'Key', ...outcome, 'Changes'], rows);
}

/** Source rows that are not sent, with what is wrong and how to fix it. */
export function invalidTable(invalid) {
  const rows = invalid.map((r) => {
    const row = el('tr');
    row.append(
      cell(r.key ?? `row ${r.rowNumber ?? '?'}`, 'Key', 'key wide'),
      cell(r.column ?? r.field, 'Column'),
      cell(valueText(r.value), 'Value'),
      cell(r.problem, 'Problem', 'wide'),
      cell(r.fix, 'Fix', 'wide'),
    );
    return row;
  });
  return table(['Key', 'Column', 'Value', 'Problem', 'Fix'], rows);
}
