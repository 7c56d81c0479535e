// An integrator's embedding, compiled and run against the packed tarballs: the demo files synced
// into a local simulator with quotas off, then the same data again, which must write nothing.
import { createFileSource, demoDataFiles } from '@n2f/agresso-source';
import { createCache } from '@n2f/cache';
import { createMetrics } from '@n2f/metrics';
import { createN2fClient } from '@n2f/n2f-client';
import { startSimulator } from '@n2f/n2f-simulator';
import { isTransient } from '@n2f/resilience';
import { createSyncRun, formatRunSummary, type RunReport } from '@n2f/sync-core';

const sim = await startSimulator({ quota: false }); // the simulator enforces N2F's quotas unless told not to
const source = createFileSource(demoDataFiles());
const metrics = createMetrics();
async function runOnce(): Promise<RunReport> {
  const run = createSyncRun({
    source,
    client: createN2fClient({
      baseUrl: sim.url,
      credentials: { clientId: 'demo', clientSecret: 'demo-secret' },
      quota: false, // no waiting for N2F's per-minute quota: the simulator has none here
    }),
    sandbox: true,
    safety: { protected: ['admin@n2f-demo.example', 'api@n2f-demo.example'] },
    referenceCache: createCache({ namespace: 'references' }),
  });
  return run.start();
}
try {
  const first = await runOnce();
  const second = await runOnce();
  console.log(formatRunSummary(first));
  const writes = second.totals.created + second.totals.updated + second.totals.deleted;
  console.log(
    `first run ${first.result.kind}, second run writes ${writes}, transient(none) ${isTransient(undefined)}`,
  );
  console.log(`prometheus lines ${metrics.toPrometheus().split('\n').length}`);
  const clean = first.result.kind === 'success' && second.result.kind === 'success';
  process.exitCode = clean && writes === 0 ? 0 : 1;
} finally {
  metrics.dispose();
  await source.close();
  await sim.close();
}
