import type { StateLabelled } from './types.js';

const normalize = (label: string): string => label.trim().toLowerCase();

/** Roles or user profiles, found by uuid or by a label in any culture (trimmed, any case). */
export class LabelIndex {
  readonly items: readonly StateLabelled[];
  #byId = new Map<string, StateLabelled>();
  #byLabel = new Map<string, string>();

  constructor(items: readonly StateLabelled[]) {
    this.items = items;
    for (const item of items) {
      this.#byId.set(item.uuid, item);
      for (const name of item.names) {
        const key = normalize(name.value);
        if (!this.#byLabel.has(key)) this.#byLabel.set(key, item.uuid);
      }
    }
  }

  /** The uuid for a label, or for a uuid when `acceptUuid` (state files name them either way). */
  resolve(labelOrUuid: string, acceptUuid: boolean): string | undefined {
    if (acceptUuid && this.#byId.has(labelOrUuid)) return labelOrUuid;
    return this.#byLabel.get(normalize(labelOrUuid));
  }

  /** The label of `uuid` in `culture`, else its first label, else the uuid itself. */
  label(uuid: string, culture: string): string {
    const names = this.#byId.get(uuid)?.names ?? [];
    const wanted = culture.toLowerCase();
    return (names.find((n) => n.culture.toLowerCase() === wanted) ?? names[0])?.value ?? uuid;
  }
}
