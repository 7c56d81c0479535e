// Loaded when FC_SEED is set, to replay a failed fast-check property: the failure prints
// `{ seed: S, path: "P", … }`; run the same test with FC_SEED=S, and FC_PATH=P (with `-t <test name>`,
// as the path is the failed property's own) to go straight to the shrunk counterexample.
import fc from 'fast-check';

const path = process.env['FC_PATH'];
fc.configureGlobal({
  seed: Number(process.env['FC_SEED']),
  ...(path ? { path, endOnFailure: true } : {}),
});
