import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatFigure, meetsTarget, type Bench } from './lib/harness.js';

/** Runs every benchmark under `benches/` (or those named on the command line) and prints figures. */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const dir = join(import.meta.dirname, 'benches');
  // A bench file is named after its bench, so only the wanted files are loaded.
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.js') && (wanted.length === 0 || wanted.includes(f.slice(0, -3))))
    .sort();
  let missed = 0;
  for (const file of files) {
    const { bench } = (await import(pathToFileURL(join(dir, file)).href)) as { bench: Bench };
    console.log(`\n${bench.name}: ${bench.description}`);
    for (const figure of await bench.run()) {
      console.log(formatFigure(figure));
      if (!meetsTarget(figure)) missed += 1;
    }
  }
  console.log(missed === 0 ? '\nAll targets met.' : `\n${missed} target(s) missed.`);
}

await main();
