import type { Cache } from '@n2f/cache';
import type { ConsolaInstance } from 'consola';

/** `--clear-cache` and `--invalidate-cache PATTERN`, applied to the reference cache before the run (legacy Q17). */
export async function prepareCache(
  references: Cache,
  flags: { readonly 'clear-cache'?: boolean | undefined; readonly 'invalidate-cache'?: string | undefined },
  logger: ConsolaInstance,
): Promise<void> {
  if (flags['clear-cache'] === true) {
    const { entries } = await references.stats();
    await references.clear();
    logger.info(`reference cache cleared (${entries} entries)`);
  }
  const pattern = flags['invalidate-cache'];
  if (pattern !== undefined) {
    const removed = await references.invalidate(pattern);
    logger.info(`reference cache: ${removed} entries matching "${pattern}" invalidated`);
  }
}
