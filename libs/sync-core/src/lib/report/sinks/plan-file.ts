import type { SavedPlan } from '../../run/saved-plan.js';
import { writeOwnerOnlyFile } from './owner-only-file.js';

/**
 * Saves a plan for `applyPlan` as indented JSON, owner-only (it names people).
 * @example await writeSavedPlan(toSavedPlan(await planRun(options)), 'plan.json');
 */
export function writeSavedPlan(plan: SavedPlan, path: string): Promise<void> {
  return writeOwnerOnlyFile(path, `${JSON.stringify(plan, null, 2)}\n`);
}
