import { randomBytes } from 'node:crypto';

/** A sortable, readable run id: `YYYYMMDD-HHMMSS-xxxx` (UTC) with 4 random hex digits. */
export function createRunId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}
