// Runs every project's tests many times, each run in a new shuffled order, and prints per test how
// often it failed: a test that fails now and then depends on chance and must be fixed at the cause.
//
//   npm run test:repeat                                          20 runs of every project
//   npm run test:repeat -- --runs 5 --projects cache,sync-core   (package or folder names)
//
// Build first (`npx nx run-many -t build`): the runs only execute Vitest, one project at a time.
// Each failure names the order seeds that showed it; replay one in the project's folder with
// `npx vitest run --sequence.shuffle --sequence.seed=<seed>` (a failed fast-check property also
// prints its own seed: FC_SEED=<seed>, see vitest.fast-check.mts). Reports and logs of every run
// go to test-output/repeat/. Ctrl-C stops early and still prints the tally of the completed runs.
// Exits 0 only when every asked run completed and no test failed.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { once } from 'node:events';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '../../..');
const outDir = join(root, 'test-output/repeat');
const vitest = join(root, 'node_modules/vitest/vitest.mjs');

/** Every folder of libs/, apps/ and tools/ with a Vitest config, named as its package is. */
function allProjects() {
  return ['libs', 'apps', 'tools'].flatMap((group) =>
    readdirSync(join(root, group))
      .map((dir) => join(root, group, dir))
      .filter((dir) => existsSync(join(dir, 'vitest.config.mts')))
      .map((dir) => ({
        dir,
        name: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name,
      })),
  );
}

/** The projects asked for by package name (`@n2f/cache`) or folder name (`cache`). */
function chooseProjects(wanted) {
  const projects = allProjects();
  if (!wanted) return projects;
  return wanted.split(',').map((want) => {
    const found = projects.find((p) => p.name === want || basename(p.dir) === want);
    if (found) return found;
    const known = projects.map((p) => p.name).join(', ');
    throw new Error(`Unknown project "${want}"; choose among: ${known}`);
  });
}

let interrupted = false;
let running;

/** Runs one project's tests once in the order drawn from `seed`; resolves to its Vitest JSON report. */
async function runOnce(project, run, seed) {
  // Where vitest.shared.mts has every project write its JSON report.
  const report = join(
    root,
    'test-output/vitest',
    `${basename(dirname(project.dir))}-${basename(project.dir)}.json`,
  );
  const stem = join(outDir, `${basename(project.dir)}-run${run}`);
  rmSync(report, { force: true });
  const log = openSync(`${stem}.log`, 'w');
  const args = ['run', '--sequence.shuffle', `--sequence.seed=${seed}`];
  const env = { ...process.env, NO_COLOR: '1' };
  running = spawn(process.execPath, [vitest, ...args], {
    cwd: project.dir,
    env,
    stdio: ['ignore', log, log],
  });
  await once(running, 'close');
  closeSync(log);
  if (!existsSync(report)) return undefined;
  copyFileSync(report, `${stem}.json`);
  return JSON.parse(readFileSync(report, 'utf8'));
}

/** The failed tests of one report, by `file > suite > test`; a file that failed outside a test counts too. */
function failuresOf(report) {
  return report.testResults.flatMap((file) => {
    const path = relative(root, file.name);
    const failed = file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => ({ test: `${path} > ${test.fullName}`, why: test.failureMessages[0] ?? '' }));
    if (failed.length === 0 && file.status === 'failed')
      return [{ test: `${path} (outside any test)`, why: file.message }];
    return failed;
  });
}

/** The first line of a failure, and the seed line of a failed fast-check property (to replay it). */
function gist(text) {
  const lines = (text ?? '').split('\n').map((line) => line.trim());
  return [lines.find((line) => line !== ''), lines.find((line) => line.startsWith('{ seed:'))]
    .filter(Boolean)
    .join(' ');
}

/** Runs every project `runs` times (fewer on Ctrl-C); resolves to the failures per test with their seeds. */
async function repeat(projects, runs) {
  const failures = new Map();
  let done = 0;
  for (let run = 1; run <= runs; run++) {
    const seed = randomInt(1, 2 ** 31 - 1);
    const line = [];
    const noted = [];
    const note = (test, seed, why) => noted.push({ test, seed, why });
    for (const project of projects) {
      const started = performance.now();
      const report = await runOnce(project, run, seed);
      if (interrupted) return { failures, done };
      const took = `${Math.round((performance.now() - started) / 1000)} s`;
      if (!report)
        note(
          `${project.name} (Vitest wrote no report)`,
          seed,
          `see test-output/repeat/${basename(project.dir)}-run${run}.log`,
        );
      const failed = report ? failuresOf(report) : [];
      for (const { test, why } of failed) note(test, seed, why);
      line.push(
        `${basename(project.dir)} ${report ? `${report.numPassedTests} passed, ${failed.length} failed` : 'no report'} (${took})`,
      );
    }
    console.log(`run ${run}/${runs} (seed ${seed}): ${line.join('; ')}`);
    for (const { test, seed, why } of noted) {
      const seen = failures.get(test) ?? { seeds: [], why: gist(why) };
      failures.set(test, { ...seen, seeds: [...seen.seeds, seed] });
    }
    done = run;
  }
  return { failures, done };
}

/** Prints the tally; true only when every asked run completed and no test failed. */
function summarize({ failures, done }, runs, projects) {
  const scope = `${done} runs × ${projects.length} projects`;
  if (done < runs) console.log(`\nInterrupted: only ${scope} completed of the ${runs} runs asked.`);
  if (failures.size === 0) {
    console.log(`\nNo test failed in any of the ${scope}.`);
    return done === runs;
  }
  console.log(`\n${failures.size} tests failed at least once in ${scope}:`);
  for (const [test, { seeds, why }] of [...failures].sort(
    (a, b) => b[1].seeds.length - a[1].seeds.length,
  )) {
    console.log(
      `  ${seeds.length}/${done}  ${test}\n         order seeds ${seeds.join(', ')}: ${why}`,
    );
  }
  return false;
}

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '20' }, projects: { type: 'string' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number of at least 1, got "${values.runs}"`);
  const projects = chooseProjects(values.projects);
  mkdirSync(outDir, { recursive: true });
  const stale = new Set(projects.map((p) => basename(p.dir)));
  for (const file of readdirSync(outDir))
    if (stale.has(file.replace(/-run\d+\.\w+$/, ''))) rmSync(join(outDir, file));
  console.log(`${runs} runs × ${projects.length} projects, each run in a new shuffled order\n`);
  // Ctrl-C (or SIGINT) drops the run in progress and still prints the tally of the completed runs.
  process.on('SIGINT', () => {
    interrupted = true;
    running?.kill('SIGINT');
  });
  return summarize(await repeat(projects, runs), runs, projects) ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
