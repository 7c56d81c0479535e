// Text helpers of the dashboard: durations, times and elements built from text only.

/** An element with text (set as text, never parsed as HTML) and a class. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

/** `4 s`, `2 min 5 s`, `1 h 3 min`; `—` when unknown. */
export function duration(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms > 0 && ms < 1000) return '< 1 s';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** A local date and time, short. */
export function time(iso) {
  return iso ? new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'medium' }) : '—';
}

/** A date and time in Paris, the time zone of the schedule. */
export function parisTime(iso) {
  const options = { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' };
  return `${new Date(iso).toLocaleString([], options)} (Paris)`;
}
