// The quota chart: writes and reads per rolling minute over the run, and the limits in force.
// With quotas off (N2F_QUOTAS=off) the service never waits: no limit line, and the card says so.
import { duration } from './format.js';

const $ = (id) => document.getElementById(id);

function svgNode(tag, attributes, text) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function caption(samples, figures) {
  const last = samples.at(-1);
  if (!figures) return 'No sample yet.';
  const off = figures.enforced === false;
  const limits = off
    ? 'Quotas are off (N2F_QUOTAS=off): the service sends without waiting, so no limit is drawn.'
    : `Limits in force: ${figures.writes.limit} writes and ${figures.reads.limit} reads per minute.`;
  if (!last) return `No run on screen: the chart fills during a run. ${limits}`;
  return `Last minute: ${last.writes.used} writes, ${last.reads.used} reads. ${limits}`;
}

/** Lines and labels: the usage lines when `usage`, the limit lines when quotas are enforced. */
function chartNodes(samples, enforced, usage) {
  if (!usage && !enforced) return [];
  const points = samples.length === 1 ? [samples[0], samples[0]] : samples;
  const used = usage ? points.flatMap((s) => [s.writes.used, s.reads.used]) : [];
  const limits = enforced ? points.flatMap((s) => [s.writes.limit, s.reads.limit]) : [];
  const max = Math.max(1, ...used, ...limits);
  const x = (i) => (300 * i) / (points.length - 1) + 10;
  const y = (value) => 130 - (114 * value) / max;
  const line = (pick, className) =>
    svgNode('polyline', {
      points: points.map((s, i) => `${x(i).toFixed(1)},${y(pick(s)).toFixed(1)}`).join(' '),
      class: className,
    });
  const last = points.at(-1);
  const nodes = [svgNode('text', { x: 12, y: 9 }, `${max} / min`)];
  if (enforced) {
    nodes.push(line((s) => s.reads.limit, 'limit reads-limit'));
    nodes.push(line((s) => s.writes.limit, 'limit writes-limit'));
    for (const [bucket, label] of [
      ['writes', 'write limit'],
      ['reads', 'read limit'],
    ]) {
      const at = { x: 308, y: y(last[bucket].limit) - 3, 'text-anchor': 'end' };
      nodes.push(svgNode('text', at, `${label} ${last[bucket].limit}`));
    }
  }
  if (usage) {
    nodes.push(
      line((s) => s.reads.used, 'reads'),
      line((s) => s.writes.used, 'writes'),
    );
    const took = duration(new Date(last.at) - new Date(samples[0].at));
    nodes.push(svgNode('text', { x: 308, y: 139, 'text-anchor': 'end' }, took));
  }
  return nodes;
}

/** Draws the samples of the run on screen or, before any, the limits in force now (`current`). */
export function renderQuota(samples, current) {
  const figures = samples.at(-1) ?? current ?? null;
  const enforced = figures !== null && figures.enforced !== false;
  $('quota-window').textContent = figures ? `${figures.window} window` : '';
  $('quota-now').textContent = caption(samples, figures);
  $('quota-limit-key').hidden = !enforced;
  const axis = svgNode('line', { x1: 10, x2: 310, y1: 130, y2: 130, class: 'axis' });
  const nodes =
    samples.length > 0
      ? chartNodes(samples, enforced, true)
      : figures
        ? chartNodes([figures], enforced, false)
        : [];
  $('quota-chart').replaceChildren(axis, ...nodes);
}
