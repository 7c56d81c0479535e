import type { StateLabelled } from './types.js';

const normalize = (label: string): string => label.trim().toLowerCase();

/** Roles or user profiles, found by uuid or by a label in any culture (trimmed, any case). */
export class LabelIndex {
  readonly items: readonly StateLabelled[];
  #byId = new Map<string, StateLabelled>();
  #byLabel = new Map<string, string>();
  /** Labels per culture, built on first use: users are rendered by the thousand. */
  #byCulture = new Map<string, Map<string, string>>();

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
    let labels = this.#byCulture.get(culture);
    if (!labels) {
      const wanted = culture.toLowerCase();
      const pick = ({ names }: StateLabelled): string | undefined =>
        (names.find((n) => n.culture.toLowerCase() === wanted) ?? names[0])?.value;
      labels = new Map(this.items.map((item) => [item.uuid, pick(item) ?? item.uuid]));
      this.#byCulture.set(culture, labels);
    }
    return labels.get(uuid) ?? uuid;
  }
}
