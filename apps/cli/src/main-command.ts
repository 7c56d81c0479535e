import { readFileSync } from 'node:fs';
import { defineCommand, type CommandDef } from 'citty';

// The same relative path works from src/ (tests) and dist/ (the built bin).
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The `n2f-sync` command and its sub-commands, each loaded only when it runs. */
export const mainCommand: CommandDef = defineCommand({
  meta: { name: 'n2f-sync', version, description: 'Keeps N2F (expense management) in step with Agresso' },
  subCommands: {
    sync: () => import('./commands/sync.js').then((m) => m.syncCommand),
    plan: () => import('./commands/plan.js').then((m) => m.planCommand),
    apply: () => import('./commands/apply.js').then((m) => m.applyCommand),
    doctor: () => import('./commands/doctor.js').then((m) => m.doctorCommand),
    demo: () => import('./commands/demo.js').then((m) => m.demoCommand),
    cache: () => import('./commands/cache.js').then((m) => m.cacheCommand),
  },
});
