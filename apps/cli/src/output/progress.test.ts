import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('createProgress', () => {
  it('prints plain lines without escape codes off a terminal, throttled, with the rate', () => {
    const out = capture();
    let now = 0;
    const progress = createProgress({ stream: out.stream, tty: false, now: () => now, intervalMs: 1000 });
    progress.planned('users', 4);
    now = 2000;
    progress.tick({ scope: 'users', done: 1, total: 4 });
    now = 2500;
    progress.tick({ scope: 'users', done: 2, total: 4 });
    progress.tick({ scope: 'users', done: 4, total: 4 });
    progress.finished('users', '4 created');
    const text = out.text();
    expect(text).toBe('users: 1/4 writes (25%), 0.5/s, ETA 0:06\nusers: 4 created\n');
    expect(text).not.toContain('\x1b');
  });

  it('redraws one bar per scope on a terminal, using the quota ETA when given', () => {
    const out = capture();
    let now = 0;
    const progress = createProgress({ stream: out.stream, tty: true, now: () => now, intervalMs: 0 });
    progress.planned('projects', 10);
    now = 1000;
    progress.tick({ scope: 'projects', done: 5, total: 10, etaMs: 61_000 });
    progress.around(() => out.stream.write('a log line\n'));
    progress.finished('projects', 'done');
    const text = out.text();
    expect(text).toContain('projects  [████████████░░░░░░░░░░░░] 5/10 writes (50%), 5.0/s, ETA 1:01');
    expect(text).toContain('\r\x1b[2Ka log line\n\r\x1b[2Kprojects');
    expect(text.endsWith('projects: done\n')).toBe(true);
  });
});
